"""Builds stories.jsonl: the 528-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: hospital and clinic fires (casualties, evacuations,
investigations).
Story: the explosion and fire at the Sina Athar medical centre in Tajrish, north Tehran (Iran, 30 June 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-tehran-sina-athar-clinic-fire-2020
S = "iran-tehran-sina-athar-clinic-fire-2020"
BLAST = "2020-06-30"                 # the explosion and fire at the Sina Athar centre, Tue 30 Jun 2020 at 20:56 local time
TOLL19 = "2020-07-01"                # the toll raised to 19 (18 in the AP count), reported on Wed 1 Jul 2020
PROBE = ("2020-06-30", "2020-07-03")  # the inquiry opened after the blast, still going on Thu 2 Jul
art(S, "https://baghdadtoday.news/124366-.html",
    "2020-06-30", "the page's date line '30-06-2020, 22:02' (Tue 30 Jun 2020); the menus and the 'آخر الأخبار' ticker dropped; headline kept from the page; the last, truncated sentence shortened", True, """
13 قتيلا وعدة مصابين في انفجار بمنشأة طبية شمال طهران
أفاد موقع "خبر أونلاين" الإيراني، مساء يوم الثلاثاء، بأن 13 شخصا قضوا وأصيب 4 آخرون جراء انفجار في منشأة طبية بشمال العاصمة طهران.
وأوضح حامد رضا جودرزي، نائب حاكم طهران، للتلفزيون الرسمي أن تسرب الغاز هو سبب الانفجار.
وذكرت مواقع إيرانية أن الانفجارات حدثت في مركز "سينا أطهر" الطبي الواقع في شارع شريعتي بالقرب من منطقة تجريش شمالي طهران.
وأضافت أن الانفجارات ألحقت دمارا جزئيا ببعض المباني المجاورة وحطمت النوافذ.
وأقفلت السلطات شارع شريعتي بسبب الانفجارات، بينما حذرت إطفائية طهران من احتمال تجدد الانفجارات لوجود كبسولات أوكسجين في المركز الطبي.
وأفاد رئيس مركز الطوارئ الإيراني بأن الانفجار حدث في الطابق السفلي من المركز العلاجي.
""", [
    ev("clinic-explosion", "جراء انفجار في منشأة طبية بشمال العاصمة طهران", BLAST, "no own date beside 'مساء يوم الثلاثاء' for the report; the blast of Tue 30 Jun 2020 at 20:56 (the date line 30-06-2020, 22:02)"),
    ev("first-toll-13", "بأن 13 شخصا قضوا وأصيب 4 آخرون", BLAST, "'مساء يوم الثلاثاء' in an article of Tue 30 Jun 2020 = that evening"),
    ev("gas-leak-claim", "أن تسرب الغاز هو سبب الانفجار", BLAST, "no own expression; the deputy governor's statement on the night of the blast, Tue 30 Jun 2020 (reported at 22:02)"),
    ev("neighbouring-damage", "ألحقت دمارا جزئيا ببعض المباني المجاورة", BLAST, "no own expression; caused by the blast of Tue 30 Jun 2020"),
    ev("shariati-street-closed", "وأقفلت السلطات شارع شريعتي", BLAST, "no own expression; closed on the night of the blast, Tue 30 Jun 2020 (reported at 22:02)"),
])
art(S, "https://aajae.co/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A-%D9%81%D9%8A-%D8%B7%D9%87%D8%B1%D8%A7%D9%86-%D8%A5%D9%84%D9%89-19-%D9%82%D8%AA%D9%8A%D9%84%D8%A7%D9%8B",
    "2020-07-01", "no date line on the stored page; the body's 'مساء أمس الثلاثاء' for the blast of Tue 30 Jun 2020 (baghdadtoday's date line 30-06-2020, 22:02) gives Wed 1 Jul 2020 (1 Jul 2020 was a Wednesday); the toll of 19 and Saberian's briefing are the news of Wednesday (IRNA: 'اليوم الأربعاء'); headline rendered from the URL slug; the last, truncated sentence dropped", False, """
ارتفاع ضحايا انفجار المركز الطبي في طهران إلى 19 قتيلا
ارتفعت حصيلة ضحايا الانفجار الضخم الذي وقع، مساء أمس الثلاثاء، في مركز "سينا أطهر" الطبي بشمال العاصمة الإيرانية طهران، إلى 19 قتيلا و9 جرحى، بحسب مركز الطوارئ الطبية في إيران.
وقال رئيس المركز، بيمان صابريان، في مؤتمر صحافي بثه التلفزيون الإيراني، إن الجرحى التسعة يرقدون في المستشفى وحالتهم جيدة، لافتا إلى أن 15 شخصا آخرين عولجوا في موقع الحادث.
غير أن صابريان أشار إلى أن رجال الإطفاء حالوا دون وقوع كارثة أكبر بعدما نجحوا في منع انفجار غاز "هيليوم" في المكان.
وبشأن سبب الانفجار الذي أشعل حريقا ضخما في مبنى مصحة "سينا أكبر"، أوضح صابريان أن الجهات المختصة باشرت تحقيقاتها للوقوف على سببه أو أسبابه.
ونقلت وسائل إعلام إيرانية عن منظمة الإطفاء الإيرانية أن أكثر من نصف ضحايا الانفجار هم من الأطباء والطاقم الطبي في مستوصف "سينا أطهر".
كما أفاد المدعي العام في طهران علي القاصي مهر بأن 15 من القتلى نساء والأربعة الباقين رجال، مبينا أن النيابة العامة أمرت باستدعاء "خمسة مقصرين محتملين وتم اعتقال شخص واحد".
وبيّنت تقارير مصورة أن قوة الانفجار أضرت بالبيوت المجاورة للمستوصف وأثارت الهلع والخوف بين سكان المنطقة.
""", [
    ev("clinic-explosion", "الانفجار الضخم الذي وقع، مساء أمس الثلاثاء", BLAST, "'مساء أمس الثلاثاء' in an article of Wed 1 Jul 2020 = Tue 30 Jun"),
    ev("rising-toll", "إلى 19 قتيلا و9 جرحى", TOLL19, "no own expression; the toll of 19 given by Saberian, reported on Wed 1 Jul 2020 (IRNA 'اليوم الأربعاء'); the police chief may have given 19 already in the night of Tue-Wed"),
    ev("investigation", "أن الجهات المختصة باشرت تحقيقاتها", PROBE[0], "no own expression; opened after the blast of Tue 30 Jun 2020 and going on at publication (my span 30 Jun - 2 Jul)", end=PROBE[1]),
    ev("prosecutor-arrest", "وتم اعتقال شخص واحد", BLAST, "no own expression; an arrest between the blast (Tue 30 Jun 2020) and the prosecutor's statement reported on Wed 1 Jul (my span 30 Jun - 1 Jul)", end="2020-07-02"),
    ev("neighbouring-damage", "أضرت بالبيوت المجاورة للمستوصف", BLAST, "no own expression; caused by the blast of Tue 30 Jun 2020"),
])
art(S, "https://makkahnewspaper.com/ampArticle/1514493",
    "2020-07-02", "no date on the stored page; the body's 'مساء أمس الأول' for the blast of Tue 30 Jun 2020 (baghdadtoday 30-06-2020, 22:02; aajae 'مساء أمس الثلاثاء') gives Thu 2 Jul 2020 (a print-edition report of the AP story); the section tag 'العالم' dropped; headline kept from the page", False, """
18 قتيلا في انفجار بمستشفى إيراني
قضى 18 شخصا على الأقل جراء انفجار عنيف في مستشفى خاص بشمال العاصمة الإيرانية طهران، وفق ما أفاد به متحدث باسم فرقة الإطفاء وكالة أنباء الطلبة الإيرانية.
وأصيب آخرون في الانفجار، ونقل ستة من المصابين بجروح تهدد حياتهم إلى مستشفيات أخرى في المنطقة لتلقي العلاج، وأخمد الحريق الذي خلفه الانفجار بعد ساعتين، فيما تبحث فرقة الإطفاء عن قتلى ومصابين مستعينة بالكلاب المدربة.
ووقع الانفجار في مستشفى مؤلف من خمسة طوابق مساء أمس الأول، ولا تزال التحقيقات متواصلة لكشف أسبابه.
""", [
    ev("rising-toll", "قضى 18 شخصا على الأقل", TOLL19, "no own expression; the fire brigade's toll carried by the agencies on Wed 1 Jul 2020 (aajae: 19 on the same day)"),
    ev("injured-transferred", "ونقل ستة من المصابين بجروح تهدد حياتهم إلى مستشفيات أخرى", BLAST, "no own expression; on the night of the blast, Tue 30 Jun 2020"),
    ev("fire-extinguished", "وأخمد الحريق الذي خلفه الانفجار بعد ساعتين", BLAST, "'بعد ساعتين' after the blast of 20:56 on Tue 30 Jun 2020 = about 23:00 the same day"),
    ev("clinic-explosion", "ووقع الانفجار في مستشفى مؤلف من خمسة طوابق مساء أمس الأول", BLAST, "'مساء أمس الأول' in an article of Thu 2 Jul 2020 = Tue 30 Jun"),
    ev("investigation", "ولا تزال التحقيقات متواصلة لكشف أسبابه", PROBE[0], "no own expression; opened after the blast of Tue 30 Jun 2020 and still going on at publication, Thu 2 Jul (my span 30 Jun - 2 Jul)", end=PROBE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 528
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
