"""Builds stories.jsonl: the 624-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: cyber fraud and online blackmail cases: arrests by
cybercrime units, trials and warnings.
Stories: the suicide of Basant Khaled after blackmail with faked photos (Kafr Yaqub, Kafr al-Zayat, Gharbia,
Egypt, January 2022): the Azhar fatwa centre's statement and the arrest of two suspects.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 -B make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-basant-khaled-fake-photos-blackmail-2022
S = "egypt-basant-khaled-fake-photos-blackmail-2022"
AZHAR = "2022-01-03"                       # the Azhar fatwa centre's statement, Mon 3 Jan 2022 (cairo24 stamp 06:12 pm; the Azhar tweet of 3 Jan 17:57 UTC)
ARREST = "2022-01-04"                      # the two suspects arrested on Tue 4 Jan 2022 (aawsat 'اليوم الثلاثاء')
SUICIDE = ("2021-12-17", AZHAR)            # the day of the suicide is not in any stored text: my span, the last two weeks before the statement
PHOTOS = ("2021-12-01", "2021-12-31")      # the faked photos spread some days before the suicide: my span, December 2021

art(S, "https://cairo24.com/1463706",
    "2022-01-03", "the page's time stamp 'الإثنين 03/يناير/2022 - 06:12 م' under the headline (3 Jan 2022 was a Monday); the stamp, the site menus and the crawl-day header dropped; headline kept from the page; the Quranic quotations shortened", True, """
بعد انتحار بسنت.. الأزهر: الافتراء والفبركة جريمة خبيثة قرنها الله بعبادة الأصنام
علّق مركز الأزهر العالمي للفتوى الإلكترونية على حادثة انتحار فتاة تُدعى بسنت من محافظة الغربية، جاءت بعدما فبرك شاب صورا لها في أوضاع مخلة.
وكتب الأزهر في حسابه على موقع فيسبوك أن رمي الناس بالباطل والتحايل في نسبة الزور إليهم افتراءً وبهتانا جريمة خبيثة منافية للإنسانية، قرن الله تعالى النهي عنها بالنهي عن عبادة الأصنام، فقال: {فَاجْتَنِبُوا الرِّجْسَ مِنَ الأَوْثَانِ وَاجْتَنِبُوا قَوْلَ الزُّورِ}، والزور هو أفحش الكذب والفجور فيه.
الأزهر: الصور المزيفة باستخدام البرامج الحديثة إفك بغيض
ومضى الأزهر قائلا إن ابتزاز الناس باتهامات منتحلة عبر صور مزيفة تصنعها البرامج الحديثة، أو بغيرها من الوسائل التي تُمس بها أعراض الناس وشرفهم، ليس إلا إفكا بغيضا وأذى بالغا وبهتانا محرما، حذّر الله سبحانه من اقترافه ومن الخوض فيه.
""", [
    ev("azhar-statement", "وكتب الأزهر في حسابه على موقع فيسبوك", AZHAR, "no own expression in the body; the statement of Mon 3 Jan 2022, the day of the page's stamp (the Azhar tweet is of 3 Jan 2022, 17:57 UTC)"),
    ev("basant-suicide", "حادثة انتحار فتاة تُدعى بسنت", SUICIDE[0], "no own expression; the suicide came before the Azhar statement of Mon 3 Jan 2022, its exact day is in none of the stored texts (my span 17 Dec 2021 - 2 Jan 2022)", end=SUICIDE[1]),
    ev("fake-photos", "بعدما فبرك شاب صورا لها في أوضاع مخلة", PHOTOS[0], "no own expression; the faked photos were spread some days before the suicide (my span: December 2021)", end=PHOTOS[1]),
])
art(S, "https://aawsat.com/home/article/3395256/%D9%85%D8%B5%D8%B1-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D8%B4%D8%AE%D8%B5%D9%8A%D9%86-%D8%A8%D9%82%D8%B6%D9%8A%D8%A9-%D8%A7%D9%84%D9%81%D8%AA%D8%A7%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D8%AA%D8%AD%D8%B1%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%B5%D9%88%D8%B1-%D9%85%D9%81%D8%A8%D8%B1%D9%83%D8%A9?page=6",
    "2022-01-04", "no date line on the stored page; the body's 'ألقت الشرطة المصرية اليوم الثلاثاء القبض على شخصين' and the embedded Azhar tweet of Mon 3 Jan 2022 give the next day, Tue 4 Jan 2022 (4 Jan 2022 was a Tuesday); the photo captions, the 'TT' tag, the tweet link and the last, truncated sentence dropped; headline and sub-heading kept from the page", False, """
مصر: القبض على شخصين بقضية الفتاة المنتحرة بسبب صور مفبركة
الأزهر شدد على أن اتهام الناس بالباطل «إفك بغيض»
ألقت الشرطة المصرية اليوم الثلاثاء القبض على شخصين يُتهمان بابتزاز فتاة مصرية عبر «تركيب صور مخلة لها ونشرها»، وهو ما دفعها إلى الانتحار، في واقعة أشعلت غضب الرأي العام المصري واستياءه.
وأفادت مديرية أمن الغربية (دلتا مصر) بأنها تمكنت من رصد الأماكن التي اختبأ فيها المتهمان بقرية كفر يعقوب التابعة لدائرة مركز كفر الزيات في محافظة الغربية.
ونقلت وسائل إعلام محلية أن المتهمين، وهما «إبراهيم. ا» و«عبد الحميد. ش»، قُبض عليهما، وأن الإجراءات القانونية اللازمة تُتخذ تمهيدا لعرضهما على النيابة.
وكانت قرية كفر يعقوب بمركز كفر الزيات في محافظة الغربية قد شهدت إقدام الفتاة بسنت خالد (16 عاما) على الانتحار بابتلاع قرص كيماوي يُستعمل في حفظ الغلال ويُعرف بـ«حبة الغلة السامة»، إثر تعرضها للابتزاز الإلكتروني وقيام شاب بنشر صور «مفبركة» لها.
""", [
    ev("suspects-arrested", "ألقت الشرطة المصرية اليوم الثلاثاء القبض على شخصين", ARREST, "'اليوم الثلاثاء' = Tue 4 Jan 2022"),
    ev("hideouts-located", "تمكنت من رصد الأماكن التي اختبأ فيها المتهمان", ARREST, "no own expression; the Gharbia security directorate located the hideouts for the arrest of Tue 4 Jan 2022"),
    ev("azhar-statement", "الأزهر شدد على أن اتهام الناس بالباطل «إفك بغيض»", AZHAR, "no own expression; the Azhar statement of Mon 3 Jan 2022 (cairo24 stamp; the embedded tweet of that day)"),
    ev("basant-suicide", "إقدام الفتاة بسنت خالد (16 عاما) على الانتحار", SUICIDE[0], "no own expression ('وكانت ... قد شهدت', before the arrest); the exact day is in none of the stored texts (my span 17 Dec 2021 - 2 Jan 2022)", end=SUICIDE[1]),
    ev("fake-photos", "وقيام شاب بنشر صور «مفبركة» لها", PHOTOS[0], "no own expression; before the suicide (my span: December 2021)", end=PHOTOS[1]),
])
art(S, "https://nrttv.com/AR/detail3/7147",
    "2022-01-04", "the page's time stamp 'AM:10:20:04/01/2022' under the headline = Tue 4 Jan 2022, 10:20 am; the stamp, the 'عناوین' label and the view count dropped; headline kept from the page; the last, truncated sentence dropped", True, """
بيان شديد اللهجة من الأزهر على خلفية انتحار فتاة بسبب صورة مفبركة
في أعقاب انتحار فتاة تحت وطأة ضغط نفسي سببته صورة مخلة مفبركة لها، أصدر مركز الأزهر العالمي للفتوى الإلكترونية بيانا يحذر من ابتزاز الناس باتهامات منتحلة.
وقال المركز في بيانه المنشور على حسابه الرسمي في «فيسبوك» إن رمي الناس بالباطل والتحايل في نسبة الزور إليهم افتراءً وبهتانا جريمة خبيثة لا إنسانية، قرنها الله تعالى في النهي عنها بعبادة الأصنام، وإن الزور هو أفحش الكذب والفجور فيه.
وتابع البيان أن ابتزاز الناس بالاتهامات المنتحلة من خلال صور مزيفة تُصنع بالبرامج الحديثة أو بغيرها من الطرق التي يُطعن بها في أعراض الناس وشرفهم هو إفك بغيض وإيذاء بالغ وبهتان محرم، حذّر منه المولى سبحانه ومن عاقبة ارتكابه والخوض فيه.
ولفت إلى أن الله تعالى، لما لهذه الجريمة النكراء من آثار على الأفراد والمجتمعات في الواقع الحقيقي والافتراضي، وحفظا لغايات الإسلام العليا في صون النظام العام ومنظومة القيم والأخلاق، توعد مرتكبها بالعذاب في الدنيا والآخرة وحرمه من رحمته.
""", [
    ev("azhar-statement", "أصدر مركز الأزهر العالمي للفتوى الإلكترونية بيانا", AZHAR, "no own expression; the statement of Mon 3 Jan 2022 (cairo24 stamp of that day), the day before this page's stamp"),
    ev("basant-suicide", "في أعقاب انتحار فتاة", SUICIDE[0], "no own expression; before the Azhar statement of Mon 3 Jan 2022 (my span 17 Dec 2021 - 2 Jan 2022)", end=SUICIDE[1]),
    ev("fake-photos", "صورة مخلة مفبركة لها", PHOTOS[0], "no own expression; before the suicide (my span: December 2021)", end=PHOTOS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 624
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
