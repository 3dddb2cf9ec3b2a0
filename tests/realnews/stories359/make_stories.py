"""Builds stories.jsonl: the 359-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: domestic cup finals and league titles: national cup finals
(Egypt Cup, Throne Cup, King's Cup, Emir Cup, Algeria Cup ...), title-deciding league matches, trophy ceremonies
and celebrations.
Stories: the Throne Cup final won by Maghreb de Fes against Olympic Safi in Laayoune (Morocco, November 2016),
the Egypt Cup final won by al-Ahly against al-Masry at Borg El Arab (Egypt, August 2017), the Emir Cup final
won by al-Duhail against al-Sadd that opened al-Janoub stadium in al-Wakrah (Qatar, May 2019), the Iraq
Cup final won by Duhok against Zakho at al-Shaab stadium in Baghdad, with the riots in the stands (Iraq,
July 2025), and the postponed Emir Cup final won by Kuwait SC against al-Arabi (Kuwait, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-throne-cup-final-maghreb-fes-2016
S = "morocco-throne-cup-final-maghreb-fes-2016"
FINAL = "2016-11-18"                       # the final in Laayoune, Fri 18 Nov 2016 (afternoon/evening), 2-1 after extra time
NIGHT = ("2016-11-18", "2016-11-20")       # the celebrations in Fes, the night of Fri 18 to Sat 19 Nov 2016
art(S, "http://www.almountakhab.com/node/152625",
    "2016-11-18", "no page stamp; the body's 'اليوم الجمعة 18 نونبر' (kept; 18 Nov 2016 was a Friday, the day of the final in Laayoune) gives Fri 18 Nov 2016; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
المغرب الفاسي يتوج بكأس العرش على حساب أولمبيك آسفي
أحرز المغرب الفاسي لقب كأس العرش إثر فوزه بهدفين لهدف على أولمبيك آسفي، في المباراة التي جمعت الفريقين اليوم الجمعة 18 نونبر بمركب الشيخ الأغضف تحت رئاسة صاحب السمو الملكي الأمير مولاي رشيد، في لقاء قوي وصعب ومثير كان نجمه الإيفواري غوزا صاحب هدفي المغرب الفاسي، ليضيف النمور بذلك رابع كأس إلى مسيرتهم.
وكانت المباراة قد انتهت بالتعادل بهدف لكل فريق، بعدما بادر المغرب الفاسي إلى التسجيل بواسطة المهاجم الإيفواري دجيجي غوزا في الدقيقة الثالثة، حين تخلص من المدافعين الرامي وبوخريص وأطلق تسديدة قوية تجاوزت الحارس حمزة حمودي، معلنا الهدف الأول للنمور الصفر.
في المقابل، عانى الفريق المسفيوي كثيرا في اختراق دفاع المغرب الفاسي، بعدما أغلق طارق السكتيوي كل المنافذ، فدخلت المباراة رتابة واضحة في ظل غياب الفرص الحقيقية، لتنتهي الجولة الأولى بتقدم المغرب الفاسي.
خلال الجولة الثانية، ضغط أولمبيك آسفي بقوة بحثا عن التعادل بينما تراجع المغرب الفاسي إلى الخلف، لكن الأخير كاد يباغت حمزة حمودي بهدف ثان عبر غوزا، رجل المباراة بامتياز، حين راوغ المدافعين وسدد بالطريقة ذاتها التي سجل بها هدفه الأول.
""", [
    ev("mas-wins-final", "إثر فوزه بهدفين لهدف على أولمبيك آسفي", FINAL, "'اليوم الجمعة 18 نونبر' = Fri 18 Nov 2016 (the final in Laayoune)"),
    ev("prince-presides-final", "تحت رئاسة صاحب السمو الملكي الأمير مولاي رشيد", FINAL, "same sentence: the final of 'اليوم الجمعة 18 نونبر' = Fri 18 Nov 2016"),
    ev("regular-time-draw", "وكانت المباراة قد انتهت بالتعادل بهدف لكل فريق", FINAL, "no own expression; the 1-1 at the end of normal time of the final of Fri 18 Nov 2016"),
    ev("guezza-opening-goal", "بادر المغرب الفاسي إلى التسجيل بواسطة المهاجم الإيفواري دجيجي غوزا", FINAL, "'في الدقيقة الثالثة' of the final of Fri 18 Nov 2016"),
])
art(S, "http://elaph.com/Web/Sports/2016/11/1120210.html",
    "2016-11-18", "the URL gives the month ('/2016/11/'); the body's 'اليوم الجمعة' for the Throne Cup final, played on Fri 18 Nov 2016 (almountakhab: 'اليوم الجمعة 18 نونبر'), gives Fri 18 Nov 2016; headline written from the body (the stored text has none); the last, truncated clause about the earlier titles dropped; no date of its own in the text", False, """
المغرب الفاسي يحرز كأس العرش للمرة الرابعة في تاريخه
إيلاف من الرباط: أحرز فريق المغرب الفاسي، اليوم الجمعة، كأس العرش المغربي لكرة القدم للمرة الرابعة في تاريخه، إثر تفوقه على نظيره أولمبيك آسفي بهدفين مقابل هدف في المباراة النهائية للمسابقة، التي أقيمت على مركب الشيخ محمد الأغضف في مدينة العيون الجنوبية.
وهيمن المغرب الفاسي على مجريات اللعب بالشوط الأول، وخطف هدفا مبكرا بواسطة الإيفواري دجيجي غوزا في الدقيقة الثالثة، قبل أن ينتفض أولمبيك آسفي في الشوط الثاني من المباراة ويدرك التعادل في الدقيقة 67 من زمن المباراة، من ضربة جزاء حولها نجم الفريق مهدي النملي بنجاح إلى الشباك.
وانقضى الوقت الأصلي للمباراة، التي ملأ جمهورها مدرجات الملعب، بالتعادل الإيجابي بهدف لمثله، فاحتكم الفريقان إلى شوطين إضافيين لحسم الكأس الفضية الغالية.
وعاد المغرب الفاسي ليفرض سيطرته على اللعب، وتوج لاعبه الإيفواري دجيجي غوزا جهود زملائه بهدف الفوز في الدقيقة 99 من زمن المباراة، ليعلن نفسه نجما للنهائي بلا منازع.
واحتفل لاعبو المغرب الفاسي، بقيادة المدرب الشاب طارق السكيتيوي، بكأس العرش التي سلمها الأمير مولاي رشيد لقائد الفريق، لتدخل خزينة النادي الكأس الرابعة.
""", [
    ev("mas-wins-final", "أحرز فريق المغرب الفاسي، اليوم الجمعة، كأس العرش المغربي", FINAL, "'اليوم الجمعة' = Fri 18 Nov 2016 (the day of the final)"),
    ev("guezza-opening-goal", "وخطف هدفا مبكرا بواسطة الإيفواري دجيجي غوزا", FINAL, "'في الدقيقة الثالثة' of the final of Fri 18 Nov 2016"),
    ev("nemli-penalty-equaliser", "ويدرك التعادل في الدقيقة 67 من زمن المباراة", FINAL, "'في الدقيقة 67' of the final of Fri 18 Nov 2016"),
    ev("regular-time-draw", "بالتعادل الإيجابي بهدف لمثله", FINAL, "no own expression; the 1-1 at the end of normal time of the final of Fri 18 Nov 2016"),
    ev("guezza-extra-time-winner", "بهدف الفوز في الدقيقة 99 من زمن المباراة", FINAL, "'في الدقيقة 99' (extra time) of the final of Fri 18 Nov 2016"),
    ev("prince-hands-trophy", "التي سلمها الأمير مولاي رشيد لقائد الفريق", FINAL, "no own expression; the trophy handed over after the final of Fri 18 Nov 2016"),
])
art(S, "https://agora.ma/?p=154426",
    "2016-11-19", "no date on the stored page; the body's 'مساء أمس الجمعة' for the final of Fri 18 Nov 2016 and 'ليلة الجمعة السبت' for the celebrations give Sat 19 Nov 2016 (19 Nov 2016 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
جماهير فاس تحتفل بتتويج المغرب الفاسي بكأس العرش
خرجت جماهير مدينة فاس ليلة الجمعة السبت إلى شوارع المدينة وملتقياتها الطرقية، معبرة عن فرحتها بإحراز فريق المغرب الرياضي الفاسي لكرة القدم لقب كأس العرش للمرة الرابعة في تاريخه.
وجاء هذا التتويج عقب فوز الفريق على أولمبيك آسفي بإصابتين مقابل واحدة في المباراة النهائية التي أقيمت مساء أمس الجمعة بملعب الشيخ الأغضف في العيون.
وعبّر الآلاف من سكان العاصمة العلمية للمملكة، ومنهم شباب وأطفال ونساء صبغوا وجوههم بلوني المغرب الرياضي الفاسي (الأصفر والأسود)، عن ابتهاجهم الكبير بهذا اللقب الذي يعيد إلى المدينة أمجادها الرياضية، بعدما كانت من أبرز القلاع الكروية في المغرب بما قدمته من أسماء وما أحرزته من انتصارات في البطولة والكأس على حد سواء.
واحتشد عدد كبير من السكان في الساحات العامة وملتقيات الطرق حاملين الأعلام الوطنية ومرددين شعارات تحتفي بهذا الإنجاز، الذي أعاد إلى الذاكرة انتصارات فريق المغرب الرياضي الفاسي لكرة القدم خلال مشواره الطويل في كأس العرش وفي البطولة الاحترافية، باعتباره أحد كبار المساهمين في إنعاش المشهد الرياضي الوطني.
""", [
    ev("fes-celebrations", "خرجت جماهير مدينة فاس ليلة الجمعة السبت إلى شوارع المدينة", NIGHT[0], "'ليلة الجمعة السبت' = the night of Fri 18 to Sat 19 Nov 2016", end=NIGHT[1]),
    ev("mas-wins-final", "عقب فوز الفريق على أولمبيك آسفي بإصابتين مقابل واحدة", FINAL, "'مساء أمس الجمعة' in an article of Sat 19 Nov 2016 = Fri 18 Nov 2016"),
])
art(S, "http://alqalamlhor.com/2016/11/blog-post_91.html",
    "2016-11-19", "the body's 'عصر يوم أمس الجمعة 18 نونبر' (kept; 18 Nov 2016 was a Friday) gives Sat 19 Nov 2016, with '/2016/11/' in the URL; headline written from the body (the stored text has none)", True, """
الأمير مولاي رشيد يترأس نهائي كأس العرش بالعيون والمغرب الفاسي يحرز اللقب
ترأس صاحب السمو الملكي الأمير مولاي رشيد، عصر يوم أمس الجمعة 18 نونبر، نهائي كأس العرش لموسم 2015/2016، الذي انتهى بتتويج نادي المغرب الفاسي باللقب.
وأقيمت المباراة على أرضية ملعب محمد الشيخ لغظف بمدينة العيون أمام جمهور غفير، وانتهى توقيتها الأصلي بالتعادل بهدف في كل شبكة، فاحتكم الفريقان إلى شوطين إضافيين ابتسما للنمور الصفر، إذ عاد مهاجم الماص المتألق الإيفواري دجيجي غيزا، صاحب الهدف الأول، ليوقع هدف الانتصار في الدقيقة 9 من الشوط الإضافي الأول من ركلة حرة خدعت الحارس حيمودي.
ومباشرة بعد هذا الفوز، خرج سكان العاصمة العلمية إلى شوارع المدينة وملتقياتها الطرقية للتعبير عن فرحتهم بإحراز فريق المغرب الرياضي الفاسي لكرة القدم لقب كأس العرش للمرة الرابعة في تاريخه.
وللإشارة، فإن المغرب الفاسي، الذي ينشط في القسم الوطني الثاني، كان قد فجر المفاجأة بإقصاء الوداد البيضاوي المرشح بقوة لنيل اللقب، ثم أطاح بالجيش الملكي واتحاد طنجة، قبل أن يحرز لقبه الرابع على حساب أولمبيك أسفي.
""", [
    ev("prince-presides-final", "ترأس صاحب السمو الملكي الأمير مولاي رشيد، عصر يوم أمس الجمعة 18 نونبر", FINAL, "'عصر يوم أمس الجمعة 18 نونبر' = Fri 18 Nov 2016"),
    ev("mas-wins-final", "الذي انتهى بتتويج نادي المغرب الفاسي باللقب", FINAL, "same sentence: the final of Fri 18 Nov 2016"),
    ev("regular-time-draw", "وانتهى توقيتها الأصلي بالتعادل بهدف في كل شبكة", FINAL, "no own expression; the 1-1 at the end of normal time of the final of Fri 18 Nov 2016"),
    ev("guezza-extra-time-winner", "ليوقع هدف الانتصار في الدقيقة 9 من الشوط الإضافي الأول", FINAL, "'في الدقيقة 9 من الشوط الإضافي الأول' (= 99th minute) of the final of Fri 18 Nov 2016"),
    ev("fes-celebrations", "خرج سكان العاصمة العلمية إلى شوارع المدينة", NIGHT[0], "'ومباشرة بعد هذا الفوز' = the night after the final, Fri 18 to Sat 19 Nov 2016", end=NIGHT[1]),
])

# ---------------------------------------------------------------- egypt-cup-final-ahly-masry-2017
S = "egypt-cup-final-ahly-masry-2017"
FINAL = "2017-08-15"                       # the Egypt Cup final at Borg El Arab, Tue 15 Aug 2017, al-Ahly 2-1 al-Masry a.e.t.
NIGHT = ("2017-08-15", "2017-08-17")       # the fans' night of celebration after the final
DROUGHT = ("2007-01-01", "2017-08-16")     # the ten years without the cup, since the title of 2007 up to the final
QF = ("2017-09-15", "2017-09-25")          # the CAF Champions League quarter-final against Esperance, mid/late September 2017
art(S, "https://www.masress.com/ahramgate/1566173",
    "2017-08-15", "no date on the stored page; the body's 'اليوم الثلاثاء' for the Egypt Cup final, played on Tue 15 Aug 2017 at Borg El Arab (15 Aug 2017 was a Tuesday; al-Hayat and al-Ittihad: 'أول أمس الثلاثاء' on Thu 17), gives Tue 15 Aug 2017; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
عمرو جمال يقلب الطاولة ويهدي الأهلي كأس مصر
قلب البديل عمرو جمال (الغزال) الموازين على المصري البورسعيدي، وقاد الأهلي إلى تحويل تأخره بهدف نظيف إلى انتصار ثمين 2 / 1 على المصري في الوقت القاتل من لقائهما، اليوم الثلاثاء، في نهائي كأس مصر لكرة القدم.
وبهذا الانتصار أحرز الأهلي اللقب رقم 36 في تاريخه بمسابقة كأس مصر، واستعاد البطولة بعد غياب دام لعقد كامل، إذ كان آخر ألقابه السابقة فيها في عام 2007.
وضم الأهلي الكأس إلى لقبه الغالي في الدوري المصري هذا الموسم، مؤكدا هيمنته على الكرة المصرية هذا الموسم بتحقيق الثنائية.
وحصل الفريق على دفعة معنوية كبيرة قبل أسابيع قليلة من مواجهته المنتظرة مع الترجي التونسي في دور الثمانية لدوري أبطال إفريقيا، التي تمثل عنق الزجاجة في طريقه إلى استعادة اللقب القاري.
وانتهى الوقت الأصلي بالتعادل السلبي، بعد أن عجز الفريقان عن ترجمة الفرص التي أتيحت لهما على مدار الشوطين إلى أهداف.
واحتكم الفريقان إلى الوقت الإضافي لمدة نصف ساعة، فتقدم المصري بهدف سجله عبدالله بيكا في الدقيقة 102، ثم عادل عمرو جمال للأهلي في الدقيقة 117 بعد 11 دقيقة فقط من نزوله.
وفي الوقت بدل الضائع للوقت الإضافي، صنع جمال هدفا أحرزه أحمد فتحي ليمنح الأهلي الفوز.
""", [
    ev("ahly-wins-final", "وقاد الأهلي إلى تحويل تأخره بهدف نظيف إلى انتصار ثمين", FINAL, "'اليوم الثلاثاء' = Tue 15 Aug 2017 (the final at Borg El Arab)"),
    ev("cup-drought", "واستعاد البطولة بعد غياب دام لعقد كامل", DROUGHT[0], "'لعقد كامل' since the title of 'عام 2007', ended by the final of Tue 15 Aug 2017 (my span from 1 Jan 2007)", end=DROUGHT[1]),
    ev("domestic-double", "مؤكدا هيمنته على الكرة المصرية هذا الموسم بتحقيق الثنائية", FINAL, "no own day ('هذا الموسم'); the league-and-cup double completed by the final of Tue 15 Aug 2017"),
    ev("esperance-quarterfinal", "مواجهته المنتظرة مع الترجي التونسي في دور الثمانية", QF[0], "'قبل أسابيع قليلة' from 15 Aug = the two legs of the CAF Champions League quarter-final against Esperance, mid to late September 2017 (my span 15-24 Sep)", end=QF[1]),
    ev("bika-goal", "فتقدم المصري بهدف سجله عبدالله بيكا في الدقيقة 102", FINAL, "'في الدقيقة 102' of the final of Tue 15 Aug 2017"),
    ev("gamal-equaliser", "ثم عادل عمرو جمال للأهلي في الدقيقة 117", FINAL, "'في الدقيقة 117' of the final of Tue 15 Aug 2017"),
])
art(S, "https://aljarida.com/articles/1502900251245311800/amp",
    "2017-08-16", "the article number in the URL begins with a millisecond time stamp, 1502900251245 = 16 Aug 2017 16:17 UTC (19:17 in Kuwait); the body's 'مساء أمس' for the final of Tue 15 Aug 2017 agrees (16 Aug 2017 was a Wednesday); headline written from the body (the stored text has none); the agency's contradictory bracket '(الوقتان الاصلي والاضافي صفر- صفر)' and the last, truncated sentence dropped", True, """
الأهلي يحرز كأس مصر للمرة السادسة والثلاثين
نال الأهلي كأس مصر للمرة السادسة والثلاثين في تاريخه، بعد فوزه على المصري البورسعيدي 2-1 بعد التمديد في المباراة النهائية التي جرت مساء أمس على ملعب الجيش في برج العرب.
وأحرز هدفي الأهلي عمرو جمال (117) وأحمد فتحي (120)، بينما سجل هدف المصري عبد الله بيكا (102).
وأنهى الأهلي بهذا الفوز نحسا لازمه 10 سنوات لم يظفر خلالها بلقب هذه البطولة.
وطغى الحذر على أداء الفريقين في مطلع المباراة، فانحصر اللعب في منتصف الملعب دون خطورة تذكر على المرميين.
وجاءت أولى فرص الأهلي بعد مجهود فردي من الظهير التونسي علي معلول، الذي مرر الكرة إلى عبد الله السعيد، ومنه إلى مؤمن زكريا الذي سددها قوية بجوار القائم الأيمن، ثم عاد السعيد ليهدد المرمى بتسديدة قوية حولها الحارس أحمد بوسكا إلى ركنية.
في الجهة المقابلة، أزعج لاعب المصري محمد الشامي الأهلي بتسديدة أمسكها الحارس شريف إكرامي.
وارتفع نسق المباراة في الشوط الثاني من جانب الفريقين، غير أن الفريق البورسعيدي تلقى ضربة موجعة بخروج أحمد منصور مصابا، وحل محله عبد الله بيكا.
وبقي التعادل قائما حتى نهاية الوقت الأصلي، فخاض الفريقان وقتا إضافيا نجح فيه المصري في افتتاح التسجيل عن طريق بيكا بتسديدة قوية على يمين شريف إكرامي.
""", [
    ev("ahly-wins-final", "نال الأهلي كأس مصر للمرة السادسة والثلاثين في تاريخه", FINAL, "'مساء أمس' in an article of Wed 16 Aug 2017 = Tue 15 Aug 2017"),
    ev("gamal-equaliser", "وأحرز هدفي الأهلي عمرو جمال (117)", FINAL, "'(117)' = the 117th minute of the final of Tue 15 Aug 2017"),
    ev("fathy-winner", "وأحمد فتحي (120)", FINAL, "'(120)' = the 120th minute of the final of Tue 15 Aug 2017"),
    ev("cup-drought", "نحسا لازمه 10 سنوات", DROUGHT[0], "'10 سنوات' without the cup, since 2007, ended by the final of Tue 15 Aug 2017 (my span from 1 Jan 2007)", end=DROUGHT[1]),
    ev("regular-time-goalless", "وبقي التعادل قائما حتى نهاية الوقت الأصلي", FINAL, "no own expression; the 0-0 of normal time of the final of Tue 15 Aug 2017"),
    ev("bika-goal", "نجح فيه المصري في افتتاح التسجيل عن طريق بيكا", FINAL, "no own expression ('(102)' above); extra time of the final of Tue 15 Aug 2017"),
])
art(S, "https://maghress.com/alittihad/2020433",
    "2017-08-17", "no date on the stored page; the body's 'مساء أول أمس الثلاثاء' for the final of Tue 15 Aug 2017 gives Thu 17 Aug 2017 (17 Aug 2017 was a Thursday); headline written from the body (the stored text has none); the spellings 'أزرو'/'آزارو' unified as 'أزارو'; no date of its own in the text", False, """
الأهلي يتوج بكأس مصر والمغربي أزارو فأل خير
توج فريق النادي الأهلي لكرة القدم بكأس مصر بعد انتصاره، مساء أول أمس الثلاثاء، على المصري البورسعيدي بهدفين مقابل هدف على ملعب برج العرب بالإسكندرية.
ويبدو أن المغربي وليد أزارو حمل الحظ للأهلي، الذي انتزع هذا الفوز في الوقت الإضافي للمباراة بعد أن انتهى وقتها الأصلي بالتعادل السلبي.
وافتتح عبد الله بيكا التسجيل للمصري في الدقيقة 103، قبل أن يعادل عمرو جمال للأهلي بضربة رأسية في الدقيقة 116.
ثم وقع أحمد فتحي هدف الانتصار للأهلي في الدقيقة 121 منهيا أحلام المصري، ليتوج النادي الأهلي بالكأس.
وبهذا يكون الأهلي قد استعاد كأس مصر بعدما غابت عنه 10 سنوات متتالية.
وأنهى الأهلي، الذي تعاقد مؤخرا مع اللاعب المغربي وليد أزارو، موسما دون أي هزيمة، سواء في الدوري الذي أحرز لقبه أو في منافسات الكأس التي ظفر بها.
وسيكون على فريق اللاعب المغربي وليد أزارو أن يؤكد قوته في مباراته المقبلة، منتصف شهر شتنبر، أمام الترجي التونسي في منافسات عصبة إفريقيا لكرة القدم.
""", [
    ev("ahly-wins-final", "توج فريق النادي الأهلي لكرة القدم بكأس مصر بعد انتصاره", FINAL, "'مساء أول أمس الثلاثاء' in an article of Thu 17 Aug 2017 = Tue 15 Aug 2017"),
    ev("regular-time-goalless", "بعد أن انتهى وقتها الأصلي بالتعادل السلبي", FINAL, "no own expression; the 0-0 of normal time of the final of Tue 15 Aug 2017"),
    ev("bika-goal", "وافتتح عبد الله بيكا التسجيل للمصري في الدقيقة 103", FINAL, "'في الدقيقة 103' of the final of Tue 15 Aug 2017"),
    ev("gamal-equaliser", "قبل أن يعادل عمرو جمال للأهلي بضربة رأسية", FINAL, "'في الدقيقة 116' of the final of Tue 15 Aug 2017"),
    ev("fathy-winner", "ثم وقع أحمد فتحي هدف الانتصار للأهلي", FINAL, "'في الدقيقة 121' of the final of Tue 15 Aug 2017"),
    ev("esperance-quarterfinal", "أمام الترجي التونسي في منافسات عصبة إفريقيا", QF[0], "'منتصف شهر شتنبر' = the quarter-final legs against Esperance, mid to late September 2017 (my span 15-24 Sep)", end=QF[1]),
])
art(S, "https://sauress.com/alhayat/23488347",
    "2017-08-17", "no date on the stored page; the body's 'أول من أمس (الثلثاء)' for the final of Tue 15 Aug 2017 gives Thu 17 Aug 2017 (17 Aug 2017 was a Thursday); headline written from the body (the stored text has none); the last, truncated clause dropped; no date of its own in the text", False, """
ليلة سعيدة لجماهير الأهلي بعد استعادة كأس مصر
عاشت جماهير الأهلي ليلة سعيدة أول من أمس (الثلثاء) بعد تتويج فريقها بلقب كأس مصر لكرة القدم على حساب المصري البورسعيدي، وزادت الفرحة لأن الفوز تحقق بشق الأنفس وفي الدقيقة الأخيرة من الوقت الإضافي، بعدما حوّل الفريق «الأحمر» خسارته إلى فوز (2-1)، إذ كانت المباراة المثيرة قد انتهت في الوقت الأصلي بالتعادل من دون أهداف.
وأضاف الأهلي أرقاما قياسية جديدة إلى سجله الحافل بالإنجازات، فقد حقق الثنائية المحلية للمرة ال14، وأحرز كأس مصر للمرة ال36 متقدما بفارق 11 لقبا على غريمه التقليدي الزمالك، واستعاد البطولة الغائبة عن خزائنه منذ عشرة أعوام، ورسخ عقدته للمصري البورسعيدي بعدما هزمه للمرة السابعة في نهائي الكأس، فيما أصبح حسام البدري أول مدرب مصري بالتاريخ يحرز كأس مصر والدوري المصري ودوري أبطال أفريقيا والسوبر المصري والسوبر الأفريقي.
من جانبه، يسعى المدير الفني للأهلي حسام البدري إلى إنهاء عدد من الصفقات قبل بدء الموسم الجديد لتدعيم صفوف فريقه، ويأتي في مقدمة المرشحين للانضمام عبدالله جمعة ومحمد الشامي من إنبي ومحمود عزت من سموحة.
وأهدى البدري الكأس إلى جماهير ناديه، معبرا عن سعادته بتعويضها عن خسارة لقب بطولة الأندية العربية.
""", [
    ev("ahly-fans-celebrate", "عاشت جماهير الأهلي ليلة سعيدة أول من أمس (الثلثاء)", NIGHT[0], "'أول من أمس (الثلثاء)' in an article of Thu 17 Aug 2017 = the night of Tue 15 Aug 2017 (my span 15-16 Aug)", end=NIGHT[1]),
    ev("ahly-wins-final", "بعد تتويج فريقها بلقب كأس مصر لكرة القدم على حساب المصري البورسعيدي", FINAL, "same sentence: 'أول من أمس (الثلثاء)' = Tue 15 Aug 2017"),
    ev("fathy-winner", "الفوز تحقق بشق الأنفس وفي الدقيقة الأخيرة من الوقت الإضافي", FINAL, "'في الدقيقة الأخيرة من الوقت الإضافي' of the final of Tue 15 Aug 2017 (Ahmed Fathy's winner)"),
    ev("regular-time-goalless", "قد انتهت في الوقت الأصلي بالتعادل من دون أهداف", FINAL, "no own expression; the 0-0 of normal time of the final of Tue 15 Aug 2017"),
    ev("domestic-double", "فقد حقق الثنائية المحلية للمرة ال14", FINAL, "no own expression; the league-and-cup double completed by the final of Tue 15 Aug 2017"),
    ev("cup-drought", "واستعاد البطولة الغائبة عن خزائنه منذ عشرة أعوام", DROUGHT[0], "'منذ عشرة أعوام' = since the title of 2007, ended by the final of Tue 15 Aug 2017 (my span from 1 Jan 2007)", end=DROUGHT[1]),
])

# ---------------------------------------------------------------- qatar-emir-cup-final-al-janoub-2019
S = "qatar-emir-cup-final-al-janoub-2019"
PRESS = "2019-05-13"                       # the QFA / Supreme Committee press conference at Burj Al Bidda, Mon 13 May 2019
FINAL = "2019-05-16"                       # the Emir Cup final that opened al-Janoub (al-Wakrah) stadium, Thu 16 May 2019, al-Duhail 4-1 al-Sadd
KHALIFA = "2017-05-19"                     # the reopening of Khalifa International Stadium before the 2017 final, Fri 19 May 2017
art(S, "https://www.almountakhab.com/node/1109931",
    "2019-05-13", "no date on the stored page; the body's 'اليوم الاثنين' with 'يوم الخميس 16 ماي الجاري' (16 May 2019 was a Thursday) gives Mon 13 May 2019, the Monday of the week of the final (al-Jarida of Kuwait, on the eve of the final, dates the announcement 'أمس الأول'); headline written from the body (the stored text has none); the 'ADVERTISEMENTS' tag and the last, truncated words of the quotation dropped; no date of its own in the text", False, """
ملعب الوكرة المونديالي يحتضن نهائي كأس الأمير بين السد والدحيل
خلال مؤتمر صحفي عقد اليوم الاثنين في برج البدع، أعلن الاتحاد القطري لكرة القدم واللجنة العليا للمشاريع والإرث أن ملعب الوكرة المونديالي سيستضيف نهائي كأس الأمير 2019، وذلك يوم الخميس 16 ماي الجاري.
ويعد ملعب الوكرة أول ملعب يشيد بالكامل لاستضافة مباريات بطولة كأس العالم لكرة القدم قطر 2022، وثاني ملاعب المونديال جاهزية بعد تطوير ملعب خليفة الدولي الذي افتتح عام 2017. ويتسع ملعب الوكرة لـ40 ألف مقعد، وسيحتضن مباريات البطولة حتى الدور ربع النهائي.
وينتظر أن يشهد نهائي كأس الأمير تنافسا قويا بين ناديي السد والدحيل.
وإلى جانب إقامته في ملعب الوكرة المونديالي، يكتسب نهائي كأس الأمير لهذا الموسم أهمية إضافية بعد فوز السد على الريان بهدفين دون رد في نصف نهائي المسابقة، وبعد الإعلان أنه سيكون المحطة الأخيرة في مسيرة الأسطورة الكروية وسفير اللجنة العليا تشافي هيرنانديز لاعبا محترفا.
وقال خالد مبارك الكواري، مدير إدارة التسويق والاتصال في الاتحاد القطري لكرة القدم، في كلمته عن حفل التدشين: "يسعدنا في الاتحاد القطري لكرة القدم اقتراب موعد نهائي أغلى الكؤوس".
""", [
    ev("press-conference", "خلال مؤتمر صحفي عقد اليوم الاثنين في برج البدع", PRESS, "'اليوم الاثنين' = Mon 13 May 2019"),
    ev("hosting-announced", "أعلن الاتحاد القطري لكرة القدم واللجنة العليا للمشاريع والإرث أن ملعب الوكرة", PRESS, "same sentence: 'اليوم الاثنين' = Mon 13 May 2019"),
    ev("emir-cup-final", "وذلك يوم الخميس 16 ماي الجاري", FINAL, "'يوم الخميس 16 ماي الجاري' = Thu 16 May 2019"),
    ev("khalifa-reopening", "بعد تطوير ملعب خليفة الدولي الذي افتتح عام 2017", KHALIFA, "'عام 2017'; the reopening before the Emir Cup final of Fri 19 May 2017 (aljazeera: 'يوم 19 مايو/أيار 2017')"),
    ev("xavi-last-match", "سيكون المحطة الأخيرة في مسيرة الأسطورة الكروية", FINAL, "no own expression; the final of Thu 16 May 2019, announced as Xavi's last match"),
])
art(S, "https://al-sharq.com/article/14/05/2019/أساطير-الفيفا-ونجوم-العالم-في-نهائي-أغلى-الكؤوس",
    "2019-05-14", "date in the URL '/article/14/05/2019/' (14 May 2019 was a Tuesday); the body's 'بعد غد \"الخميس\"' for the final of Thu 16 May agrees; headline rendered from the URL slug; the page furniture (an airline advert, the names of the chairman and the editor) dropped; the two sub-headings kept as lines; the last, truncated clause dropped", True, """
نجوم العالم وأساطير الفيفا يحضرون نهائي أغلى الكؤوس
52 كاميرا تنقل الحدث لأول مرة في التاريخ
100 وسيلة إعلام أجنبية حاضرة في استاد الوكرة المونديالي
نظم اتحاد الكرة واللجنة العليا للمشاريع والإرث مؤتمرا صحفيا لإعلان جميع الترتيبات التنظيمية للمباراة النهائية لكأس الأمير، التي تقام بعد غد "الخميس" في استاد الوكرة المونديالي بين السد والدحيل في العاشرة والنصف مساء، وحضره خالد النعمة المتحدث الإعلامي للجنة العليا للمشاريع والإرث، والرائد عبد الله الغانم المتحدث باسم اللجنة الأمنية، وخالد الكواري مدير إدارة التسويق والاتصال في اتحاد الكرة، وكُشف خلاله عن كثير من المفاجآت والتفاصيل التي تعلن لأول مرة.
وقال خالد النعمة إن النظام التشغيلي لنهائي أغلى الكؤوس هو ذاته المعمول به في مباريات كأس العالم، وهو النموذج الذي يعتمده الفيفا أيضا.
""", [
    ev("press-conference", "نظم اتحاد الكرة واللجنة العليا للمشاريع والإرث مؤتمرا صحفيا", PRESS, "no own expression; the press conference of Mon 13 May 2019 (almountakhab: 'اليوم الاثنين'; al-Kuwari spoke at both), reported in the paper of Tue 14 May"),
    ev("emir-cup-final", "التي تقام بعد غد \"الخميس\" في استاد الوكرة المونديالي", FINAL, "'بعد غد \"الخميس\"' in an article of Tue 14 May 2019 = Thu 16 May 2019 ('في العاشرة والنصف مساء')"),
])
art(S, "https://sport.aljazeera.net/football/qatarstarsleague/2019/5/16/%D9%83%D8%A3%D8%B3-%D8%A3%D9%85%D9%8A%D8%B1-%D9%82%D8%B7%D8%B1-%D9%85%D9%88%D9%86%D8%AF%D9%8A%D8%A7%D9%84-%D9%82%D8%B7%D8%B1-%D8%A7%D9%84%D8%B3%D8%AF-%D8%A7%D9%84%D8%AF%D8%AD%D9%8A%D9%84-%D8%AA%D8%B4%D8%A7%D9%81%D9%8A",
    "2019-05-16", "date in the URL '/2019/5/16/' (16 May 2019 was a Thursday); the body's 'الليلة' for the final of Thu 16 May agrees; headline kept from the page (reworded); the tag 'رياضة الجزيرة' and the last, truncated sentence dropped; no date of its own in the text", False, """
نهائي كأس أمير قطر.. السد والدحيل يفتتحان ثاني ملاعب المونديال
يُسدل الستار الليلة على واحد من أقوى مواسم كرة القدم القطرية وأكثرها إثارة، إذ يتواجه السد والدحيل في نهائي كأس الأمير على ملعب "الوكرة"، ثاني ملاعب بطولة كأس العالم "مونديال قطر 2022".
وتدشن المباراة ثاني ملاعب المونديال القطري، الذي سيفتتحه أمير البلاد الشيخ تميم بن حمد آل ثاني رسميا قبل انطلاق اللقاء.
وقبل عامين، وتحديدا يوم 19 مايو/أيار 2017، احتفلت قطر بإعادة افتتاح ملعب خليفة الدولي عقب انتهاء أعمال تجديده وتحديثه، وقد افتتحه الشيخ تميم أيضا قبل نهائي كأس الأمير الذي انتهى بفوز السد على الريان 2-1.
وهذه المرة، سيُفتتح أول ملاعب المونديال المشيد بالكامل في نهائي من العيار الثقيل بين السد المتوج هذا الموسم بلقب دوري نجوم قطر، والدحيل الذي حل وصيفا له في الدوري بفارق سبع نقاط.
وبلغ الفريقان النهائي بعدما تخطى كل منهما عقبة صعبة في نصف النهائي، فقد تغلب السد على غريمه التقليدي الريان بهدفين دون رد، وفاز الدحيل على السيلية بثلاثية نظيفة.
""", [
    ev("emir-cup-final", "إذ يتواجه السد والدحيل في نهائي كأس الأمير على ملعب", FINAL, "'الليلة' in an article of Thu 16 May 2019 = Thu 16 May 2019"),
    ev("stadium-inauguration", "الذي سيفتتحه أمير البلاد الشيخ تميم بن حمد آل ثاني رسميا", FINAL, "'قبل انطلاق اللقاء' of 'الليلة' = Thu 16 May 2019"),
    ev("khalifa-reopening", "احتفلت قطر بإعادة افتتاح ملعب خليفة الدولي", KHALIFA, "'يوم 19 مايو/أيار 2017' = Fri 19 May 2017"),
    ev("emir-cup-final-2017", "قبل نهائي كأس الأمير الذي انتهى بفوز السد على الريان 2-1", KHALIFA, "the 2017 final played after the reopening of 'يوم 19 مايو/أيار 2017' = Fri 19 May 2017"),
])
art(S, "https://www.qfa.qa/%D8%A7%D9%84%D8%AF%D8%AD%D9%8A%D9%84-%D9%8A%D9%87%D8%B2%D9%85-%D8%A7%D9%84%D8%B3%D8%AF-4-1%D9%88%D9%8A%D8%AA%D9%88%D8%AC-%D8%A8%D8%B7%D9%84%D8%A7%D9%8B-%D9%84%D9%84%D9%86%D8%B3%D8%AE%D8%A9-47-%D9%85/",
    "2019-05-17", "page time stamp '17.05.2019 2:15' (kept as second line; 17 May 2019 was a Friday), posted in the night after the final of 'مساء الخميس'; the site's section line and the trailing 'في :' dropped; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
الدحيل يتغلب على السد 4-1 ويحرز لقب النسخة 47
17.05.2019 2:15
الدوحة – توّج حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى فريق الدحيل بطلا لكأس سموه، إثر فوزه على السد 4-1 في المباراة النهائية التي أقيمت بينهما مساء الخميس باستاد الجنوب، في النسخة السابعة والأربعين من نهائي كأس الأمير.
وعقب انتهاء المباراة، تفضل سموه بتتويج الدحيل بالكأس الغالية والميداليات الذهبية، بينما تسلم السد ولاعبوه الميداليات الفضية، كما كرم سموه الطاقم القطري الدولي الذي أدار المباراة بقيادة الحكم الدولي عبد الرحمن الجاسم.
وحضر المباراة جياني إنفانتينو رئيس الاتحاد الدولي لكرة القدم، إلى جانب 40 ألف متفرج شاركوا في حفل افتتاح ستاد الجنوب، ثاني ملاعب مونديال قطر 2022.
وافتتح السد التسجيل عبر أكرم عفيف في الدقيقة السادسة، فرد شقيقه علي عفيف بهدف التعادل للدحيل في الدقيقة 16، ثم أضاف أدملسون الهدف الثاني للدحيل، وتبعه يوسف العربي بالثالث في الدقيقة 62، قبل أن يعود أدملسون ليسجل هدفه الثاني والرابع للدحيل في الدقيقة 81.
وعرفت المباراة 4 حالات طرد، كانت أولاها من نصيب المعز علي مهاجم الدحيل في الدقيقة 29 إثر تلقيه البطاقة الصفراء الثانية.
""", [
    ev("emir-cup-final", "إثر فوزه على السد 4-1 في المباراة النهائية", FINAL, "'مساء الخميس' in an article of Fri 17 May 2019 (02:15) = Thu 16 May 2019"),
    ev("trophy-ceremony", "تفضل سموه بتتويج الدحيل بالكأس الغالية والميداليات الذهبية", FINAL, "'عقب انتهاء المباراة' of Thu 16 May 2019"),
    ev("stadium-inauguration", "شاركوا في حفل افتتاح ستاد الجنوب", FINAL, "no own expression; the opening ceremony before the final of Thu 16 May 2019"),
    ev("afif-opening-goal", "وافتتح السد التسجيل عبر أكرم عفيف في الدقيقة السادسة", FINAL, "'في الدقيقة السادسة' of the final of Thu 16 May 2019"),
    ev("almoez-red-card", "كانت أولاها من نصيب المعز علي مهاجم الدحيل", FINAL, "'في الدقيقة 29' of the final of Thu 16 May 2019"),
])

# ---------------------------------------------------------------- iraq-cup-final-duhok-zakho-2025
S = "iraq-cup-final-duhok-zakho-2025"
FINAL = "2025-07-18"                       # the Iraq Cup final at al-Shaab stadium, Baghdad, Fri 18 Jul 2025 (20:00), Duhok 0-0 Zakho, 5-3 on penalties
MOVED = "2025-07-15"                       # the competitions committee moved the final from Newroz (Sulaymaniyah) to al-Shaab, Tue 15 Jul 2025
CONGRATS = ("2025-07-18", "2025-07-20")    # Masrour Barzani's post, the night of the final or the day after
JUNE = ("2025-06-01", "2025-07-01")        # al-Shorta's fourth league title in a row, June 2025
art(S, "https://chawyar.news/ar/breaking-news/ملعب-الشعب-الدولي-يحتضن-مساء-اليوم-نها",
    "2025-07-18", "no date on the stored page; the body's 'مساء اليوم الجمعة' for the final played on Fri 18 Jul 2025 (yalla4trend: 'يوم الجمعة 18 يوليو 2025'; the Iraqi FA's disciplinary statement: 'يوم الجمعة الموافق (18-7-2025)') gives Fri 18 Jul 2025; headline rendered from the URL slug and the body; the tag 'چاويار نيوز –' and the last, truncated sentence dropped; no date of its own in the text", False, """
ملعب الشعب الدولي يحتضن مساء اليوم نهائي كأس العراق بين دهوك وزاخو
يحتضن ملعب الشعب الدولي في العاصمة العراقية بغداد، في الساعة الثامنة من مساء اليوم الجمعة بالتوقيت المحلي، القمة المنتظرة لنهائي كأس العراق لكرة القدم بين دهوك وزاخو، في مواجهة تاريخية بكل المعايير ذات طابع كوردستاني خالص.
ويُنتظر أن يحضر اللقاء جمهور غفير من أنصار الفريقين بعدما امتلأت فنادق بغداد عن آخرها، ويدير المباراة الحكم الدولي القطري سلمان فلاحي بمساعدة مواطنيه رمزان الرمزاني وماجد هديرس، فيما يتولى القطري الآخر مشاري الشمري غرفة التحكيم بالفيديو (ڤار).
وكانت لجنة المسابقات في الاتحاد العراقي قد قررت، يوم الثلاثاء، نقل نهائي الكأس بين دهوك وزاخو إلى ملعب الشعب الدولي، موضحة أنها تسلمت كتابا من قسم الأندية في المديرية العامة للرياضة بوزارة الثقافة والشباب في حكومة إقليم كردستان يفيد بأن ملعب نوروز الرياضي في مدينة السليمانية غير جاهز من الناحيتين الفنية والأمنية.
وأوضحت اللجنة في بيان أنها، "رغم وصول كتاب سابق يخالف ما ورد في الكتاب المذكور، وحرصا على سلامة الجماهير وعلى إخراج المباراة النهائية بأفضل صورة ممكنة، قررت نقل المباراة النهائية لبطولة كأس العراق إلى ملعب الشعب الدولي".
""", [
    ev("iraq-cup-final", "القمة المنتظرة لنهائي كأس العراق لكرة القدم بين دهوك وزاخو", FINAL, "'في الساعة الثامنة من مساء اليوم الجمعة' = Fri 18 Jul 2025"),
    ev("final-moved-to-al-shaab", "قد قررت، يوم الثلاثاء، نقل نهائي الكأس بين دهوك وزاخو", MOVED, "'يوم الثلاثاء' before Fri 18 = Tue 15 Jul 2025"),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/sports/prizxfb",
    "2025-07-18", "no date line in the stored text; a live report written during the final ('يتواصل حاليا في آخر دقائق الشوط الثاني', 'اليوم الجمعة'), with an embedded Facebook post stamped 'Friday, July 18, 2025' (dropped) → Fri 18 Jul 2025; the mirror's unrelated top line ('بي.بي.سي: تعيين لامي…') dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
فوضى وأعمال شغب في مدرجات ملعب الشعب خلال نهائي كأس العراق
اندلعت أحداث عنف وفوضى في المدرجات خلال نهائي كأس العراق، الذي يتواصل حاليا في آخر دقائق الشوط الثاني، إثر اشتباك بين مشجعي نادي دهوك، أحد طرفي المباراة النهائية.
ويقام نهائي كأس العراق لموسم 2024 ـ 2025 اليوم الجمعة على ملعب الشعب الدولي في بغداد، الذي يستضيف ختام الموسم الكروي بعد أسابيع قليلة على انتهاء سباق الدوري.
وكان نادي الشرطة قد أحرز لقب الدوري العراقي للمحترفين للمرة الرابعة على التوالي في شهر يونيو الماضي، لكن زاخو حرمه من حلم الثنائية وأقصاه من نصف نهائي الكأس ليضرب موعدا مع دهوك.
وشهدت المباراة النهائية احتجاجات من أنصار دهوك على قرارات الحكم، تحولت إلى اشتباكات مع عناصر الشرطة ومشاهد فوضى وشغب وتخريب في مدرجات ملعب الشعب.
وأظهرت مقاطع متداولة على منصات التواصل مشادات وكرّا وفرّا بين قوات الأمن والمشجعين، وتدافعا من أنصار دهوك نحو أعلى المدرجات هربا من الاشتباك مع الشرطة.
""", [
    ev("stands-riot", "اندلعت أحداث عنف وفوضى في المدرجات خلال نهائي كأس العراق", FINAL, "'حاليا في آخر دقائق الشوط الثاني' of the final of Fri 18 Jul 2025"),
    ev("iraq-cup-final", "ويقام نهائي كأس العراق لموسم 2024 ـ 2025 اليوم الجمعة", FINAL, "'اليوم الجمعة' = Fri 18 Jul 2025"),
    ev("shorta-league-title", "قد أحرز لقب الدوري العراقي للمحترفين للمرة الرابعة على التوالي", JUNE[0], "'في شهر يونيو الماضي' in July 2025 = June 2025 (the title sealed by the 3-1 win over Naft al-Basra in round 36, on a Friday; my span the month)", end=JUNE[1]),
    ev("fans-protest-referee", "احتجاجات من أنصار دهوك على قرارات الحكم", FINAL, "no own expression; during the final of Fri 18 Jul 2025"),
])
art(S, "https://baghdadtoday.news/278905-.html",
    "2025-07-18", "the body's 'اليوم الجمعة، (18 تموز 2025)' (kept; 18 Jul 2025 was a Friday); the dateline 'بغداد اليوم- بغداد' kept; headline written from the body (the stored text has none); the last, truncated quotation dropped", True, """
وزارة الشباب والرياضة ترفض أعمال الشغب في نهائي كأس العراق
بغداد اليوم- بغداد
أبدت وزارة الشباب والرياضة، اليوم الجمعة، (18 تموز 2025)، رفضها التام لأعمال الشغب والتخريب التي صاحبت نهائي بطولة كأس العراق بين زاخو ودهوك.
وذكرت الوزارة في بيان وصل إلى "بغداد اليوم" أن "هذه الأعمال خلّفت أضرارا جسيمة في الملعب والمنشآت الرياضية التي احتضنت المباراة".
وشددت على أن "هذه التصرفات بعيدة عن الروح الرياضية، وتشكل إساءة صريحة للرياضة العراقية ولجماهيرها الواعية المعروفة بدعمها المسؤول وحرصها على نجاح الفعاليات الرياضية".
وأكدت كذلك أن "المنشآت الرياضية، وإن كانت الأندية تديرها، تبقى ملكا للشعب العراقي، بُنيت من أمواله لخدمة شبابه، ما يجعل صونها بكل السبل ضرورة ملحة، خاصة مع الجهود المبذولة حالياً لتطوير البنية التحتية الرياضية في البلاد".
وألقت الوزارة على الاتحاد العراقي لكرة القدم المسؤولية الكاملة عن تطبيق القانون وفرض أشد الإجراءات الانضباطية على المتسببين في هذه الأحداث، حفاظا على هيبة الرياضة وأمن الملاعب وسلامة الجماهير واللاعبين.
وختمت الوزارة بيانها بالتأكيد أنها ستتابع عن كثب الخطوات التي سيتخذها الاتحاد.
""", [
    ev("ministry-statement", "أبدت وزارة الشباب والرياضة، اليوم الجمعة، (18 تموز 2025)، رفضها التام", FINAL, "'اليوم الجمعة، (18 تموز 2025)' = Fri 18 Jul 2025"),
    ev("stands-riot", "لأعمال الشغب والتخريب التي صاحبت نهائي بطولة كأس العراق", FINAL, "no own expression; the riots during the final of Fri 18 Jul 2025"),
    ev("stadium-damage", "هذه الأعمال خلّفت أضرارا جسيمة في الملعب", FINAL, "no own expression; the damage done during the final of Fri 18 Jul 2025"),
])
art(S, "https://zagrosn.com/?p=53919",
    "2025-07-19", "no date on the stored page; the body's 'مساء امس الجمعة' for the final of Fri 18 Jul 2025 gives Sat 19 Jul 2025 (19 Jul 2025 was a Saturday); headline kept from the page (reworded); the agency banner and the Kurdish related-news links dropped; no date of its own in the text", False, """
مسرور بارزاني يهنئ دهوك وزاخو بالمركزين الأول والثاني في كأس العراق
قدّم رئيس حكومة إقليم كوردستان مسرور بارزاني التهنئة لناديي دهوك وزاخو على حلولهما في المركزين الأول والثاني ببطولة كأس العراق في نسختها الثانية والثلاثين.
وتمنى رئيس حكومة الإقليم، في منشور على منصة إكس، التوفيق للفريقين، قائلا: المهم أن كوردستان هي التي فازت بالكأس.
وأحرز نادي دهوك الرياضي لقب النسخة الثانية والثلاثين من كأس العراق على حساب زاخو بركلات الترجيح، في المباراة النهائية التي جرت مساء امس الجمعة على ملعب الشعب في العاصمة بغداد.
وكانت المباراة قد انتهت بالتعادل السلبي في وقتها الأصلي وفي الشوطين الإضافيين، ثم لجأ الفريقان إلى ركلات الترجيح التي حسمها دهوك بخمسة أهداف مقابل ثلاثة.
وبلغ زاخو ودهوك المباراة النهائية بعد فوزهما على الشرطة، حامل لقب الموسم الماضي، وعلى وصيفه القوة الجوية.
ولم يسبق لأي من زاخو ودهوك من قبل أن أحرز لقب الكأس، فيما يحمل الزوراء الرقم القياسي في عدد مرات التتويج بالبطولة بـ(16) لقبا.
""", [
    ev("barzani-congratulates", "قدّم رئيس حكومة إقليم كوردستان مسرور بارزاني التهنئة", CONGRATS[0], "no own expression; the post on X after the final of Fri 18 Jul 2025, reported on Sat 19 (my span 18-19 Jul)", end=CONGRATS[1]),
    ev("iraq-cup-final", "وأحرز نادي دهوك الرياضي لقب النسخة الثانية والثلاثين من كأس العراق", FINAL, "'مساء امس الجمعة' in an article of Sat 19 Jul 2025 = Fri 18 Jul 2025"),
    ev("goalless-draw", "قد انتهت بالتعادل السلبي في وقتها الأصلي وفي الشوطين الإضافيين", FINAL, "no own expression; normal and extra time of the final of Fri 18 Jul 2025"),
    ev("penalty-shootout", "ركلات الترجيح التي حسمها دهوك بخمسة أهداف مقابل ثلاثة", FINAL, "no own expression; the shoot-out at the end of the final of Fri 18 Jul 2025"),
])

# ---------------------------------------------------------------- kuwait-emir-cup-final-kuwait-arabi-2025
S = "kuwait-emir-cup-final-kuwait-arabi-2025"
FINAL = "2025-12-23"                       # the postponed 2024-25 Emir Cup final at Jaber al-Ahmad stadium, Tue 23 Dec 2025, Kuwait SC 2-0 al-Arabi
POSTPONED = ("2025-06-01", "2025-07-01")   # the final planned for mid-June 2025 was put off because of the war in the region (June 2025)
art(S, "https://www.alraimedia.com/print-article?articleId=1751035",
    "2025-12-22", "page time stamp '22 ديسمبر 2025 10:00 م' (kept as a line; 22 Dec 2025 was a Monday); the sub-heading's 'غدا' and the body's 'مساء غد الثلاثاء' for the final of Tue 23 Dec agree (the body's later 'اليوم', written for the next morning's paper, kept as it is); headline and sub-heading of the page joined into one line; the last, truncated sentence dropped", True, """
سمو أمير البلاد يرعى نهائي «أغلى الكؤوس» بين العربي و«الكويت» على استاد جابر الدولي... غدا
22 ديسمبر 2025 10:00 م
يشمل صاحب السمو أمير البلاد المفدى الشيخ مشعل الأحمد الجابر الصباح برعايته وحضوره، مساء غد الثلاثاء، نهائي بطولة كأس الأمير الـ 63 للموسم 2024-2025، الذي يجمع «الكويت» والعربي على استاد جابر الأحمد الدولي.
وكان النهائي مقررا بمنتصف يونيو في ختام الموسم الماضي، قبل أن يُرحَّل إلى نهاية العام الحالي بسبب الظروف التي كانت تمر بها المنطقة.
وترك الفريقان بصمتهما على المباريات الختامية للموسم الماضي، إذ التقيا في نهائي كأس ولي العهد ثم في مواجهة حاسمة على لقب «دوري زين»، وفي المرتين كانت الغلبة لـ«الكويت».
ويتقاسم الناديان المركز الثاني في السجل الذهبي للبطولة برصيد 16 لقبا لكل منهما خلف القادسية (17)، ما يعني أن فوز أي منهما اليوم سيرفعه إلى مشاركة «الأصفر» قمة السجل.
وإلى جانب صدارة السجل الذهبي، يطمح «الأبيض» إلى تحقيق الرباعية التاريخية (كأسا الأمير وولي العهد والدوري وكأس السوبر) للمرة الثانية بعد الموسم 2016-2017، وإلى الاحتفاظ بالنسخة الحالية من الكأس بالفوز بها 4 مرات متتالية بعد مواسم 2018-2019 و 2020-2021 و2022-2023.
""", [
    ev("kuwait-emir-cup-final", "مساء غد الثلاثاء، نهائي بطولة كأس الأمير الـ 63", FINAL, "'مساء غد الثلاثاء' in an article of Mon 22 Dec 2025 = Tue 23 Dec 2025"),
    ev("emir-attends-final", "يشمل صاحب السمو أمير البلاد المفدى الشيخ مشعل الأحمد الجابر الصباح برعايته وحضوره", FINAL, "same sentence: 'مساء غد الثلاثاء' = Tue 23 Dec 2025"),
    ev("final-postponed", "قبل أن يُرحَّل إلى نهاية العام الحالي", POSTPONED[0], "no own day; the postponement of the final planned for 'بمنتصف يونيو' 2025, because of the war in the region of June 2025 (my span the month)", end=POSTPONED[1]),
    ev("kuwait-quadruple", "يطمح «الأبيض» إلى تحقيق الرباعية التاريخية", FINAL, "no own expression; the quadruple that the final of Tue 23 Dec 2025 would (and did) complete"),
])
art(S, "https://www.alaraby.co.uk/sport/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D9%88%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A-%D9%81%D9%8A-%D8%B3%D8%A8%D8%A7%D9%82-%D9%85%D8%B1%D8%AA%D9%82%D8%A8-%D9%84%D9%84%D8%AA%D8%AA%D9%88%D9%8A%D8%AC-%D8%A8%D9%84%D9%82%D8%A8-%D9%83%D8%A3%D8%B3-%D8%A3%D9%85%D9%8A%D8%B1-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA",
    "2025-12-23", "stamp 'date 2025-12-23' at the head of the stored page (not kept in the text; 23 Dec 2025 was a Tuesday); the body's 'مساء اليوم الثلاثاء' agrees; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الكويت والعربي في سباق مرتقب على لقب كأس أمير الكويت
يلتقي فريقا الكويت والعربي في نهائي كأس أمير الكويت، في صراع على الكأس يجعل منه عنوانا لنهائي استثنائي على استاد جابر الدولي، إذ ستتجه الأنظار مساء اليوم الثلاثاء إلى مواجهة تختزل تاريخا طويلا من المنافسة، بين فريق يلاحق موسما مثاليا وآخر يتمسك بحلم العودة إلى منصات التتويج.
وينتظر أن تقام المباراة وسط حشود جماهيرية كبيرة بحضور أمير البلاد الشيخ مشعل الأحمد، بعد أن فُتحت أبواب الدخول مجاناً وأُرفق النهائي بحوافز تشجيعية.
ويتطلع الكويت إلى إضافة فصل جديد إلى تاريخه، إذ يخوض النهائي وفي جعبته ثلاثة ألقاب نالها خلال الموسم الجاري، واضعا نصب عينيه تحقيق الرباعية التاريخية للمرة الثانية بعد إنجاز موسم 2015/16.
ويراهن "الأبيض" على استقرار فني وانسجام واضح، تُرجم بتتويجه بلقب الدوري الممتاز للمرة الـ20 وابتعاده عن أقرب ملاحقيه، إلى جانب فوزه بكأس السوبر وكأس ولي العهد.
ويعتمد مدرب الكويت المونتينيغري نيبوشا يوفوفيتش على مجموعة متجانسة يتقدمها الثلاثي الدولي يوسف ناصر ومحمد دحام وأحمد الظفيري، إلى جانب محترفين صنعوا الفارق في محطات حاسمة، أبرزهم الكونغولي مالك زولا.
""", [
    ev("kuwait-emir-cup-final", "إذ ستتجه الأنظار مساء اليوم الثلاثاء إلى مواجهة", FINAL, "'مساء اليوم الثلاثاء' = Tue 23 Dec 2025"),
    ev("emir-attends-final", "بحضور أمير البلاد الشيخ مشعل الأحمد", FINAL, "no own expression; the final of 'مساء اليوم الثلاثاء' = Tue 23 Dec 2025"),
    ev("kuwait-quadruple", "واضعا نصب عينيه تحقيق الرباعية التاريخية للمرة الثانية", FINAL, "no own expression; the quadruple completed by the final of Tue 23 Dec 2025"),
])
art(S, "https://kuwaitnews.com/119651/",
    "2025-12-23", "stamp 'date 2025-12-23' at the head of the stored page (not kept in the text; 23 Dec 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the caption fragment 'من التتويج' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الكويت يحرز كأس سمو الأمير للمرة الـ17 على حساب العربي
أحرز فريق نادي الكويت اليوم الثلاثاء لقب بطولة كأس سمو الأمير لكرة القدم للمرة الـ17 في تاريخه، إثر فوزه على نظيره العربي بنتيجة (2 – 0) في المباراة النهائية لموسم (2024 – 2025).
وشهد استاد جابر الأحمد الدولي "مباراة مثيرة"، انتقل فيها حماس جماهير الفريقين إلى اللاعبين على أرض الملعب.
وانطلق (الكويت) بسرعة، فسجل هدفه الأول في الدقيقة السادسة من ركلة جزاء احتسبها الحكم وتقدم لتنفيذها يوسف ناصر، ثم أضاف زميله محمد دحام الهدف الثاني في الدقيقة الـ39، لينتهي الشوط الأول بتقدم (الكويت).
وفي الشوط الثاني سعى العربي إلى العودة في النتيجة وصنع فرصا عديدة ذهبت كلها سدى، فيما طُرد لاعباه عبدالعزيز نصاري في الدقيقة الـ77 ونبيل مرموق في الدقيقة الـ90.
وسبق النهائي حفل مبسط تضمن أوبريتا غنائيا عن عادات الشعب الكويتي وتقاليده وأمجاد الكرة الكويتية، مع استعراض للخيول العربية الأصيلة.
وتعد هذه المباراة النهائية مؤجلة من الموسم الماضي (2024 – 2025) بسبب الظروف الإقليمية آنذاك.
""", [
    ev("kuwait-emir-cup-final", "أحرز فريق نادي الكويت اليوم الثلاثاء لقب بطولة كأس سمو الأمير", FINAL, "'اليوم الثلاثاء' = Tue 23 Dec 2025"),
    ev("nasser-penalty-goal", "فسجل هدفه الأول في الدقيقة السادسة من ركلة جزاء", FINAL, "'في الدقيقة السادسة' of the final of Tue 23 Dec 2025"),
    ev("dahham-second-goal", "ثم أضاف زميله محمد دحام الهدف الثاني في الدقيقة الـ39", FINAL, "'في الدقيقة الـ39' of the final of Tue 23 Dec 2025"),
    ev("arabi-red-cards", "فيما طُرد لاعباه عبدالعزيز نصاري في الدقيقة الـ77", FINAL, "'في الدقيقة الـ77' and 'في الدقيقة الـ90' of the final of Tue 23 Dec 2025"),
    ev("opening-show", "وسبق النهائي حفل مبسط تضمن أوبريتا غنائيا", FINAL, "no own expression; before the final of Tue 23 Dec 2025"),
    ev("final-postponed", "مؤجلة من الموسم الماضي (2024 – 2025) بسبب الظروف الإقليمية آنذاك", POSTPONED[0], "'آنذاك' = the end of the 2024-25 season, June 2025 (the war in the region; my span the month)", end=POSTPONED[1]),
])
art(S, "https://newzksa.com/?p=265655",
    "2025-12-23", "page date 'ديسمبر 23, 2025' under the headline (not kept; 23 Dec 2025 was a Tuesday); the body's 'يوم الثلاثاء الموافق 23 ديسمبر 2025' (kept) agrees; headline kept from the page (reworded), the repeated headline, the '8 mins read' tag and the summary line dropped; the last, truncated sentence dropped", True, """
نادي الكويت بطلا لكأس الأمير 2025 ومعادلا للرقم القياسي للقادسية
في ليلة كروية استثنائية على استاد جابر الدولي، أحرز نادي الكويت لقب كأس الأمير لكرة القدم في نسختها الثالثة والستين، بعد انتصاره المستحق على نظيره العربي بنتيجة 2-0 في المباراة النهائية التي أقيمت يوم الثلاثاء الموافق 23 ديسمبر 2025، في فوز لم يكن مجرد لقب جديد بل إعلانا عن سيطرة كاملة لـ"العميد" على الكرة المحلية.
وبهذا اللقب الغالي رفع نادي الكويت رصيده إلى 17 لقبا في تاريخ المسابقة الأغلى محليا، ليعادل الرقم القياسي الذي يحمله غريمه التقليدي القادسية، ويفض الشراكة مع النادي العربي الذي توقف رصيده عند 16 لقبا.
وتكمل هذه البطولة عقد "الرباعية التاريخية" لنادي الكويت هذا الموسم، بعدما جمع الدوري الممتاز وكأس السوبر وكأس ولي العهد، لتستعيد الأذهان إنجازه الذهبي السابق في موسم 2015-2016، وتؤكد زعامته للكرة الكويتية في العقد الأخير.
""", [
    ev("kuwait-emir-cup-final", "أحرز نادي الكويت لقب كأس الأمير لكرة القدم في نسختها الثالثة والستين", FINAL, "'يوم الثلاثاء الموافق 23 ديسمبر 2025' = Tue 23 Dec 2025"),
    ev("record-equalled", "ليعادل الرقم القياسي الذي يحمله غريمه التقليدي القادسية", FINAL, "no own expression; the 17th title won in the final of Tue 23 Dec 2025"),
    ev("kuwait-quadruple", "وتكمل هذه البطولة عقد \"الرباعية التاريخية\" لنادي الكويت", FINAL, "no own expression; the quadruple completed by the final of Tue 23 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 359
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
