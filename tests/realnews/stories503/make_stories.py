"""Builds stories.jsonl: the 503-rd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: non-football sport championships (handball, basketball,
athletics, swimming, wrestling: finals, results, medals, records).
Stories: Egypt's African Men's Handball Championship title won against Tunisia in Kigali (Rwanda, January 2026),
and Tunisia's AfroBasket 2021 title won against Cote d'Ivoire in Kigali (Rwanda, September 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-handball-african-title-kigali-2026
S = "egypt-handball-african-title-kigali-2026"
FINAL = "2026-01-31"                       # the final Egypt - Tunisia (37-24) in Kigali, Sat 31 Jan 2026
SEMIS = "2026-01-29"                       # the semi-finals, Thu 29 Jan 2026
art(S, "https://www.mwatan.news/977720",
    "2026-01-30", "no date on the stored page (only the word 'نشر'); the body's 'غداً السبت الموافق 31 يناير 2026' for the final gives Fri 30 Jan 2026 (31 Jan 2026 was a Saturday), and 'مساء الخميس' for Tunisia's semi-final of Thu 29 Jan agrees; headline kept from the page", False, """
رسميًا.. منتخب مصر لكرة اليد يواجه تونس في نهائي بطولة أمم أفريقيا 2026
يتأهب منتخب مصر لكرة اليد لخوض مواجهة فاصلة أمام نظيره التونسي غداً السبت الموافق 31 يناير 2026 في نهائي بطولة كأس الأمم الإفريقية لكرة اليد التي تدور منافساتها حاليا في رواندا.
وبلغ منتخب تونس المباراة النهائية للبطولة القارية إثر فوزه مساء الخميس على منتخب الجزائر بنتيجة 33-24، في الدور نصف النهائي.
أما منتخب مصر فقد وصل إلى النهائي بعد تفوقه على منتخب كاب فيردي بنتيجة 32-26 في نصف النهائي، ليصعد إلى المباراة النهائية للمرة الثامنة عشرة في تاريخه.
ويكتسي النهائي طابعا تاريخيا خاصا، إذ يطمح منتخب مصر إلى إحراز لقبه الرابع تواليا والمحافظة على عرش القارة، وبلوغ عشرة ألقاب في أمم إفريقيا، ليتساوى بذلك مع منتخب تونس صاحب الرقم القياسي في عدد مرات الفوز باللقب الإفريقي "10 ألقاب".
""", [
    ev("final", "مواجهة فاصلة أمام نظيره التونسي غداً السبت الموافق 31 يناير 2026", FINAL, "'غداً السبت الموافق 31 يناير 2026' = Sat 31 Jan 2026"),
    ev("tunisia-algeria-semi", "إثر فوزه مساء الخميس على منتخب الجزائر", SEMIS, "'مساء الخميس' before the Saturday final, in an article of Fri 30 Jan 2026 = Thu 29 Jan"),
    ev("egypt-capeverde-semi", "بعد تفوقه على منتخب كاب فيردي بنتيجة 32-26", SEMIS, "no own expression; the other semi-final, played the same Thursday, 29 Jan 2026 (my reading of the schedule; see README)"),
])
art(S, "https://www.okaz.com.sa/sport/na/2233685",
    "2026-01-31", "no date line on the stored page; the body's 'التي أُقيمت اليوم (السبت)' for the final of Sat 31 Jan 2026 (mwatan of Fri 30: 'غداً السبت الموافق 31 يناير 2026') gives Sat 31 Jan 2026; the sub-headings dropped; headline written from the body (the stored text has none)", False, """
مصر تتوج بلقب بطولة أفريقيا لكرة اليد على حساب تونس
فاز منتخب مصر بلقب بطولة أفريقيا لكرة اليد إثر انتصاره العريض على نظيره التونسي بنتيجة 37-24 في المباراة النهائية التي جرت اليوم (السبت) في العاصمة الرواندية كيجالي.
وأنهى المنتخب المصري الشوط الأول متقدماً بنتيجة 17-10، ثم واصل تفوقه في الشوط الثاني موسعا الفارق إلى 13 هدفاً، ليحرز الفراعنة اللقب الرابع على التوالي والعاشر في تاريخهم، معادلين الرقم القياسي الذي تحمله تونس.
وفي مباراة تحديد صاحب المركز الثالث، حصل منتخب الرأس الأخضر على الميدالية البرونزية إثر فوزه على الجزائر بنتيجة 29-23.
وحجزت منتخبات مصر وتونس والرأس الأخضر والجزائر وأنغولا مقاعدها في بطولة كأس العالم لكرة اليد 2027، المقرر تنظيمها في ألمانيا.
""", [
    ev("final", "في المباراة النهائية التي جرت اليوم (السبت)", FINAL, "'اليوم (السبت)' = Sat 31 Jan 2026"),
    ev("bronze-match", "حصل منتخب الرأس الأخضر على الميدالية البرونزية", FINAL, "no own expression; the match for third place was played earlier on the day of the final, Sat 31 Jan 2026 (babnet: 'في وقت سابق')"),
    ev("world-cup-2027", "بطولة كأس العالم لكرة اليد 2027، المقرر تنظيمها في ألمانيا", "2027-01-01", "'2027' only; the men's world championship in Germany is held in January 2027 (my month span)", end="2027-02-01"),
])
art(S, "https://www.babnet.net/cadredetail-322935.asp",
    "2026-01-31", "no date line on the stored page; the body's 'اليوم السبت' for the final and 'من 21 إلى 31 جانفي الجاري' give Sat 31 Jan 2026 (31 Jan 2026 was a Saturday); headline kept from the page", False, """
كأس إفريقيا للأمم لكرة اليد (الدور النهائي)... المنتخب التونسي ينهزم أمام نظيره المصري 24–37
اختتم المنتخب التونسي لكرة اليد مشاركته في كأس إفريقيا للأمم، التي استضافتها رواندا من 21 إلى 31 جانفي الجاري، في المرتبة الثانية، بعد خسارته اليوم السبت في مباراة الدور النهائي أمام المنتخب المصري بنتيجة 24–37.
وكان المنتخب المصري قد أنهى الشوط الأول متقدما بنتيجة 17–10، ثم حافظ على أفضليته في الفترة الثانية وضمن الفوز بفارق مريح.
وبهذا التتويج القاري الرابع تواليا، رفع المنتخب المصري رصيده إلى 10 ألقاب، ليتعادل مع المنتخب التونسي في عدد الألقاب القارية.
وكان منتخب الرأس الأخضر قد حصل على المركز الثالث، بعد فوزه في وقت سابق على المنتخب الجزائري بنتيجة 29–23، في المباراة الترتيبية على المركزين الثالث والرابع.
""", [
    ev("tournament", "التي استضافتها رواندا من 21 إلى 31 جانفي الجاري", "2026-01-21", "'من 21 إلى 31 جانفي الجاري' in January 2026 = 21 - 31 Jan 2026", end="2026-02-01"),
    ev("final", "بعد خسارته اليوم السبت في مباراة الدور النهائي", FINAL, "'اليوم السبت' = Sat 31 Jan 2026"),
    ev("bronze-match", "بعد فوزه في وقت سابق على المنتخب الجزائري", FINAL, "'في وقت سابق' of the same day as the final = Sat 31 Jan 2026"),
])

# ---------------------------------------------------------------- tunisia-afrobasket-title-kigali-2021
S = "tunisia-afrobasket-title-kigali-2021"
FINAL = "2021-09-05"                       # the final Tunisia - Cote d'Ivoire (78-75) in Kigali, Sun 5 Sep 2021
RETURN = "2021-09-07"                      # the team came home to Carthage airport on Tue 7 Sep 2021
TITLE_2017 = "2017-09-16"                  # the AfroBasket 2017 final in Rades (Tunisia - Nigeria 77-65), Sat 16 Sep 2017
art(S, "https://masrtimes.com/117164",
    "2021-09-05", "the page's date line 'الأحد 05/سبتمبر/2021 - 06:58 م' (not kept in the text); the last paragraph, an unrelated football item (Mondher Kebaier), dropped; headline kept from the page", True, """
منتخب تونس يتوج ببطولة أمم إفريقيا لكرة السلة على حساب كوت ديفوار
تمكن منتخب تونس لكرة السلة من انتزاع فوز صعب على نظيره منتخب كوت ديفوار في المباراة النهائية لبطولة أمم إفريقيا لكرة السلة بنتيجة 75-78، ليحافظ نسور قرطاج على اللقب الإفريقي الذي أحرزوه في النسخة الماضية.
وكانت تونس قد حققت فوزا مستحقا على منتخب الرأس الأخضر، السبت الماضى، لتبلغ للمرة الثانية على التوالي نهائي بطولة أمم أفريقيا لكرة السلة (أفرو باسكت) التي تستضيفها رواندا.
""", [
    ev("final-win", "تمكن منتخب تونس لكرة السلة من انتزاع فوز صعب", FINAL, "no own expression; the final of Sun 5 Sep 2021, the day of the date line (elmydannews 'اليوم الأحد')"),
    ev("title-2017", "اللقب الإفريقي الذي أحرزوه في النسخة الماضية", TITLE_2017, "no own expression; the previous edition, AfroBasket 2017, won in the final at Rades on Sat 16 Sep 2017"),
    ev("semi-final-cape-verde", "حققت فوزا مستحقا على منتخب الرأس الأخضر، السبت الماضى", "2021-09-04", "'السبت الماضى' in an article of Sun 5 Sep 2021 = Sat 4 Sep"),
    ev("afrobasket-2021", "(أفرو باسكت) التي تستضيفها رواندا", "2021-08-24", "no own expression; the finals in Rwanda ran from 24 Aug to 5 Sep 2021", end="2021-09-06"),
])
art(S, "https://elmydannews.com/print~163246",
    "2021-09-05", "no date on the stored (print) page; the body's 'اليوم الأحد' for the final, which was played on Sun 5 Sep 2021 (masrtimes' date line of that day), gives Sun 5 Sep 2021; headline kept from the page", False, """
سلة تونس تتوج باللقب الإفريقي على حساب كوت ديفوار
فاز منتخب تونس، اليوم الأحد، ببطولة أمم إفريقيا لكرة السلة، إثر تغلبه في المباراة النهائية على كوت ديفوار بنتيجة (78-75).
وكان المنتخب التونسي قد تقدم في الفترة الأولى التي أنهاها لصالحه بنتيجة (25-18)، ثم كسب الفترة الثانية أيضا (22-16).
وفي الفترة الثالثة تصاعد إيقاع اللعب، وكانت الغلبة لمنتخب كوت ديفوار (18-25).
وفي الفترة الرابعة تقدم نسور قرطاج (74-66)، قبل أن يقلص لاعبو كوت ديفوار الفارق إلى (77-71).
غير أن منتخب تونس نجح في الحفاظ على تقدمه، ليعتلي مجددا عرش كرة السلة الإفريقية، بعد تتويجه في 2011 و2017.
""", [
    ev("final-win", "فاز منتخب تونس، اليوم الأحد، ببطولة أمم إفريقيا لكرة السلة", FINAL, "'اليوم الأحد' = Sun 5 Sep 2021"),
    ev("title-2011", "بعد تتويجه في 2011", "2011-08-01", "'2011' only; the AfroBasket 2011 title won in Madagascar in August 2011 (my month span)", end="2011-09-01"),
    ev("title-2017", "و2017", TITLE_2017, "'2017' only; the AfroBasket 2017 title, won in the final at Rades on Sat 16 Sep 2017"),
])
art(S, "https://almaouiderriadi.dz/2023/02/27/%d9%86%d9%8a%d9%85%d8%a7%d8%b1-%d8%a8%d8%b7%d9%84-%d8%a3%d8%b2%d9%85%d8%a9-%d9%81%d9%86%d9%8a%d8%a9-%d9%81%d9%8a-%d8%a8%d8%a7%d8%b1%d9%8a%d8%b3/?random-post=1",
    "2021-09-07", "no date for this article on the stored page (the address is that of another, later post, opened with '?random-post=1'); the body's 'مساء اليوم الثلاثاء' for the team's return from Kigali after the final of Sun 5 Sep 2021 gives Tue 7 Sep 2021 (7 Sep 2021 was a Tuesday; the three titles of the decade, 2011, 2017 and 2021, and the acting sports minister Siham Ayadi fit September 2021); headline written from the body (the stored text has none)", False, """
منتخب تونس لكرة السلة يعود إلى أرض الوطن متوجا باللقب الإفريقي
رجع منتخب تونس لكرة السلة، مساء اليوم الثلاثاء، إلى أرض الوطن قادما من العاصمة الرواندية كيجالي حاملا لقب بطولة إفريقيا للأمم، الذي ناله إثر الفوز في المباراة النهائية على منتخب كوت ديفوار بنتيجة (78-75).
ولقي نسور قرطاج استقبالا حارا، إذ كانت وزيرة الرياضة سهام العيادي في انتظارهم وقدمت الورود لكل أعضاء البعثة.
وحضر الاستقبال في القاعة الشرفية بمطار قرطاج الدولي أيضا الكاتب العام للجنة الأولمبية التونسية إسكندر حشيشة.
وأعربت وزيرة الرياضة سهام العيادي عن فرحتها بالتتويج الجديد لمنتخب السلة، وقالت في تصريحات للصحفيين: "منتخب السلة أحرز 3 ألقاب أفريقية خلال العشرية الأخيرة، وهذا الإنجاز مهم وتاريخي للسلة التونسية، بعد أن كانت بعيدة عن منصة التتويج القارية".
وتابعت: "انتزعنا الزعامة من أنجولا، والفضل في ذلك يعود إلى العمل الكبير الذي أنجزه الاتحاد التونسي لكرة السلة والجهازان الفني والطبي واللاعبون وسلطة الإشراف".
""", [
    ev("team-return", "رجع منتخب تونس لكرة السلة، مساء اليوم الثلاثاء", RETURN, "'مساء اليوم الثلاثاء' after the final of Sun 5 Sep 2021 = Tue 7 Sep 2021"),
    ev("final-win", "الفوز في المباراة النهائية على منتخب كوت ديفوار", FINAL, "no own expression; the final of Sun 5 Sep 2021 (elmydannews 'اليوم الأحد')"),
    ev("airport-reception", "وقدمت الورود لكل أعضاء البعثة", RETURN, "no own expression; the reception at Carthage airport on the team's return, Tue 7 Sep 2021"),
    ev("minister-statement", "وأعربت وزيرة الرياضة سهام العيادي عن فرحتها", RETURN, "no own expression; the minister's remarks to the press at the airport, Tue 7 Sep 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 503
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
