"""Builds stories.jsonl: the 515-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: candidacies for presidential or legislative elections
(filing, acceptance, rejection, appeals, final lists).
Stories: the Sebha court appeals that returned Saif al-Islam Gaddafi to the Libyan presidential race (Libya,
November-December 2021); the Tunisian Administrative Court's reinstatement of three presidential candidates and
the electoral authority's final list of three (Tunisia, August-September 2024); the Guardian Council's vetting
of the Iranian presidential candidates (Iran, May 2021); Moussa Mostafa Moussa's last-minute candidacy and the
preliminary list of two candidates (Egypt, January-February 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-saif-gaddafi-candidacy-appeal-2021
S = "libya-saif-gaddafi-candidacy-appeal-2021"
FILED = "2021-11-14"          # Saif al-Islam Gaddafi filed his candidacy at the HNEC office in Sebha, Sun 14 Nov 2021
EXCLUDED = "2021-11-24"       # HNEC preliminary list (73 accepted, 25 excluded incl. Saif), Wed 24 Nov 2021
THU_SESSION = "2021-11-25"    # the Sebha court met but dispersed without examining the appeal, Thu 25 Nov 2021
SUN_SESSION = "2021-11-28"    # the expected Sunday session failed too, Sun 28 Nov 2021
MON = "2021-11-29"            # a military force surrounded the Sebha court; appeal period ends, Mon 29 Nov 2021
ZAWIYA = "2021-11-30"         # the Zawiya first-instance court accepted an appeal against Haftar, Tue 30 Nov 2021
REINSTATED = "2021-12-02"     # the Sebha court accepted Saif's appeal and returned him to the race, Thu 2 Dec 2021
FINAL = "2021-12-05"          # the Sebha appeals court rejected the HNEC's appeal (final ruling), Sun 5 Dec 2021
VOTE = "2021-12-24"           # the scheduled presidential election, Fri 24 Dec 2021
art(S, "https://al-murasil.com/?p=38037",
    MON, "no date line on the stored page; the body's 'أمس الأحد' for the failed session that was expected on Sun 28 Nov 2021 (okaz: 'تحسم محكمة الاستئناف في مدينة سبها مصير سيف الإسلام القذافي اليوم (الأحد)', after the attack of 'الخميس الماضي'), the Thursday session that dispersed (Thu 25 Nov) and the ruling still pending (it came on Thu 2 Dec) give Mon 29 Nov 2021 (29 Nov 2021 was a Monday; elwatan.info: militias 'الإثنين حاصرت محكمة سبها'); headline kept from the page; the last, truncated sentence dropped", False, """
طعن معلق.. سيف الإسلام يغرد والغموض يلف مصير جلسة المحكمة
في ظل انقضاء فترة الطعون التي تنتهي اليوم بحسب لوائح مفوضية الانتخابات والمجلس الأعلى للقضاء، لا يزال الطعن المقدم من المرشح سيف الإسلام معمر القذافي بانتظار النظر فيه بعد تعثر عقد جلسة المحكمة.
وقد التأمت المحكمة الخميس لكنها رفعت جلستها في اليوم ذاته من دون أن تنظر في الطعن، بسبب حضور "محتجين ومسلحين" يرفضون أن تبت فيه.
وكان يُنتظر أن تنعقد المحكمة أمس الأحد، غير أن ذلك تعذر أيضا، وسط أنباء متضاربة عن منع القضاة من الدخول أو استبدالهم أو تغيبهم.
وتنتشر كتيبة طارق بن زياد التابعة للقوات المسلحة بالقيادة العامة حول المحكمة، وتقول إن وجودها هدفه الحماية، بينما كتب سيف الإسلام في تدوينة على تويتر مساء أمس: "بعد امتناع القضاة بمحكمة سبها عن عقد جلسة النظر في الطعن المقدم ضد قرار المفوضية العليا للانتخابات رقم 79 لسنة 2021، المحامون يغادرون قاعة المحكمة".
وفي تغريدة نشرها اليوم تزامنا مع انتشار عسكري كثيف حول المحكمة، قال سيف الإسلام: "قوة عسكرية تطوق مبنى محكمة سبها الابتدائية وتمنع القضاة والموظفين من الدخول، وتتسبب في تأجيل النظر في الطعن المقدم من المحامي ضد قرار المفوضية العليا للانتخابات".
""", [
    ev("appeal-period-ends", "فترة الطعون التي تنتهي اليوم", MON, "'تنتهي اليوم' in an article of Mon 29 Nov 2021"),
    ev("thursday-session-dispersed", "وقد التأمت المحكمة الخميس لكنها رفعت جلستها", THU_SESSION, "'الخميس' before Mon 29 Nov 2021 = Thu 25 Nov (the attack on the court of 'الخميس الماضي' in okaz of Sun 28 Nov)"),
    ev("sunday-session-failed", "وكان يُنتظر أن تنعقد المحكمة أمس الأحد", SUN_SESSION, "'أمس الأحد' = Sun 28 Nov 2021"),
    ev("lawyers-leave-tweet", "كتب سيف الإسلام في تدوينة على تويتر مساء أمس", SUN_SESSION, "'مساء أمس' from Mon 29 Nov 2021 = the evening of Sun 28 Nov"),
    ev("military-force-surrounds-court", "قوة عسكرية تطوق مبنى محكمة سبها الابتدائية", MON, "the tweet 'نشرها اليوم' = Mon 29 Nov 2021"),
])
art(S, "https://maghress.com/al3omk/704068",
    REINSTATED, "no date line on the stored page; the body's 'اليوم الخميس' for the ruling, with the election 'في 24 دجنبر الجاري' (so a Thursday of December 2021), and syria.tv of Sun 5 Dec 2021 ('ويوم الخميس الماضي قررت المحكمة إعادة سيف الإسلام') give Thu 2 Dec 2021 (2 Dec 2021 was a Thursday); an AFP report carried by al3omk; headline written from the body (the stored text has none); the last, truncated sentence completed from the same AFP text in ar.le360.ma ('ورئيس مجلس النواب عقيلة صالح')", False, """
محكمة ليبية تعيد سيف الإسلام القذافي إلى سباق الرئاسة
أرجعت محكمة ليبية، اليوم الخميس، سيف الإسلام القذافي، نجل الزعيم الليبي الراحل معمر القذافي، إلى سباق الانتخابات الرئاسية المقررة في 24 دجنبر الجاري، إثر طعن تقدم به محاميه على قرار إقصائه.
وحكمت محكمة استئناف مدينة سبها الليبية بقبول الطعن الذي رفعه سيف الإسلام القذافي، لتعيده بذلك إلى قائمة المترشحين للرئاسة.
وجاء الحكم بعد طعن رفعه نجل الزعيم الليبي السابق أمام المحكمة ذاتها، إثر استبعاده من جانب المفوضية العليا للانتخابات من قائمة المرشحين بسبب مخالفته شروط الترشح التي يحددها قانون الانتخابات.
وكان سيف الإسلام القذافي (49 عاما)، الذي صدر بحقه حكم بالإعدام سنة 2015 قبل أن يشمله العفو، قد قدم طلب ترشحه منتصف نونبر الماضي.
ويصدر حكم محكمة سبها بعد سلسلة من الوقائع حالت لعدة أيام دون طعن سيف الإسلام القذافي في قرار رفض ترشحه للرئاسة.
فقد منع مسلحون الوصول إلى المحكمة لمدة أسبوع، وهو ما أثار "قلقا كبيرا" لدى الحكومة المؤقتة، قبل أن ينسحبوا من محيطها اليوم الخميس، ويسمحوا للقضاة الثلاثة ولمحامي سيف الإسلام بدخول مبناها.
ومن أبرز المرشحين للرئاسة رئيس الحكومة المؤقتة عبد الحميد الدبيبة والمشير خليفة حفتر ووزير الداخلية السابق فتحي باشاغا ورئيس مجلس النواب عقيلة صالح.
""", [
    ev("sebha-court-reinstates-saif", "أرجعت محكمة ليبية، اليوم الخميس، سيف الإسلام القذافي", REINSTATED, "'اليوم الخميس' = Thu 2 Dec 2021"),
    ev("election-day", "سباق الانتخابات الرئاسية المقررة في 24 دجنبر الجاري", VOTE, "'24 دجنبر الجاري' = Fri 24 Dec 2021 (the scheduled day; the vote was later postponed)"),
    ev("hnec-preliminary-list-exclusion", "إثر استبعاده من جانب المفوضية العليا للانتخابات", EXCLUDED, "no own expression; the HNEC excluded Saif in its preliminary list of Wed 24 Nov 2021 (syria.tv: 'في 24 من نوفمبر/ تشرين الثاني الماضي')"),
    ev("saif-files-candidacy", "قد قدم طلب ترشحه منتصف نونبر الماضي", FILED, "'منتصف نونبر الماضي' = the filing at Sebha on Sun 14 Nov 2021 (from the coverage of that day, 'اليوم الأحد')"),
    ev("gunmen-block-court", "فقد منع مسلحون الوصول إلى المحكمة لمدة أسبوع", THU_SESSION, "'لمدة أسبوع' before their withdrawal on Thu 2 Dec 2021: from the attack on the court on Thu 25 Nov to Wed 1 Dec (my span)", end=REINSTATED),
    ev("gunmen-withdraw", "قبل أن ينسحبوا من محيطها اليوم الخميس", REINSTATED, "'اليوم الخميس' = Thu 2 Dec 2021"),
])
art(S, "https://24.ae/article/675263/محكمة-سبها-تعيد-سيف-الإسلام-للسباق-الانتخابي",
    FINAL, "date line on the page 'الأحد 5 ديسمبر 2021 / 21:36' (not part of the body, left out); the body's 'اليوم الأحد' agrees; headline kept from the page; the photo captions and the last, truncated sentence dropped", True, """
محكمة سبها تعيد سيف الإسلام للسباق الانتخابي
حكمت محكمة استئناف مدينة سبها في جنوب ليبيا، اليوم الأحد، بقانونية ترشح سيف الإسلام القذافي، نجل الرئيس الليبي السابق معمر القذافي، للانتخابات الرئاسية.
وبحسب وسائل إعلام محلية، ردت محكمة استئناف سبها الطعن الذي قدمته المفوضية العليا للانتخابات في الحكم الصادر ضدها عن دائرة الطعون الابتدائية، والقاضي برفض قرارها شطب الدكتور سيف الإسلام القذافي من القائمة الأولية للمترشحين للرئاسة.
وقضت استئناف سبها بعودة سيف الإسلام القذافي إلى السباق الرئاسي، وألزمت المفوضية العليا بإدراج اسمه في القائمة النهائية لانتخابات الرئاسة.
من جانبه، نشر سيف الإسلام على حسابه في تويتر بعد صدور الحكم آية من القرآن الكريم: "فَانْقَلَبُوا بِنِعْمَةٍ مِنَ اللَّهِ وَفَضْلٍ لَمْ يَمْسَسْهُمْ سُوءٌ".
وكان رئيس المفوضية الوطنية العليا للانتخابات في ليبيا، عماد السايح، قد أعلن اليوم أن المفوضية طعنت بالاستئناف في كل الأحكام التي أصدرتها ضدها اللجان الابتدائية لصالح المترشحين للرئاسة من دون استثناء.
""", [
    ev("final-ruling-hnec-appeal-rejected", "حكمت محكمة استئناف مدينة سبها في جنوب ليبيا، اليوم الأحد", FINAL, "'اليوم الأحد' = Sun 5 Dec 2021"),
    ev("sebha-court-reinstates-saif", "الحكم الصادر ضدها عن دائرة الطعون الابتدائية", REINSTATED, "no own expression; the first ruling for Saif, Thu 2 Dec 2021 (syria.tv: 'يوم الخميس الماضي'; al3omk: 'اليوم الخميس')"),
    ev("hnec-preliminary-list-exclusion", "قرارها شطب الدكتور سيف الإسلام القذافي من القائمة الأولية", EXCLUDED, "no own expression; the HNEC preliminary list of Wed 24 Nov 2021 (syria.tv)"),
    ev("saif-verse-tweet", "نشر سيف الإسلام على حسابه في تويتر بعد صدور الحكم", FINAL, "after the ruling of 'اليوم الأحد' = Sun 5 Dec 2021"),
    ev("sayeh-appeals-announcement", "قد أعلن اليوم أن المفوضية طعنت بالاستئناف", FINAL, "'اليوم' = Sun 5 Dec 2021 (date line)"),
])
art(S, "https://syria.tv/%D8%AD%D9%83%D9%85-%D9%86%D9%87%D8%A7%D8%A6%D9%8A-%D8%A8%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%B3%D9%8A%D9%81-%D8%A7%D9%84%D8%A5%D8%B3%D9%84%D8%A7%D9%85-%D8%A7%D9%84%D9%82%D8%B0%D8%A7%D9%81%D9%8A-%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9",
    FINAL, "no date line on the stored page; the body's 'اليوم الأحد' for the final ruling, which 24.ae (date line Sun 5 Dec 2021 21:36) and ammonnews (05-12-2021) date to Sun 5 Dec 2021, and 'يوم الخميس الماضي' for the ruling of Thu 2 Dec; headline rendered from the URL slug", False, """
حكم نهائي بإعادة سيف الإسلام القذافي لانتخابات الرئاسة الليبية
أعادت محكمة ليبية اليوم الأحد سيف الإسلام القذافي بصورة نهائية إلى سباق الانتخابات الرئاسية، بعدما رفضت الاستئناف الذي قدمته مفوضية الانتخابات ضد استبعاده من قائمة المرشحين، بحسب وسائل إعلام محلية.
ووفقا لقناة ليبيا الأحرار، ردت محكمة مدينة سبها استئناف المفوضية العليا للانتخابات على طعن سيف الإسلام، وقضت نهائيا برجوعه إلى السباق الرئاسي.
وكانت المحكمة قد قررت يوم الخميس الماضي إعادة سيف الإسلام إلى انتخابات الرئاسة المقررة في 24 من كانون الأول الجاري، إثر طعنه في قرار المفوضية استبعاده.
وكانت مفوضية الانتخابات قد نشرت، في 24 من نوفمبر/ تشرين الثاني الماضي، "قائمة أولية" تضم 73 مرشحا للرئاسة، من بينهم اللواء المتقاعد خليفة حفتر، إلى جانب قائمة ثانية ضمت 25 مستبعدا، بينهم سيف الإسلام.
والثلاثاء، قبلت محكمة مدينة الزاوية الابتدائية (غرب) طعنا قُدم ضد حفتر وقررت استبعاده من قائمة المرشحين.
وأعلن رئيس مفوضية الانتخابات، عماد السايح، الأحد، أن المفوضية استأنفت كل الأحكام الصادرة ضدها عن المحاكم الابتدائية بشأن المرشحين لانتخابات الرئاسة.
""", [
    ev("final-ruling-hnec-appeal-rejected", "أعادت محكمة ليبية اليوم الأحد سيف الإسلام القذافي بصورة نهائية", FINAL, "'اليوم الأحد' = Sun 5 Dec 2021"),
    ev("sebha-court-reinstates-saif", "قد قررت يوم الخميس الماضي إعادة سيف الإسلام", REINSTATED, "'يوم الخميس الماضي' from Sun 5 Dec 2021 = Thu 2 Dec"),
    ev("election-day", "انتخابات الرئاسة المقررة في 24 من كانون الأول الجاري", VOTE, "'24 من كانون الأول الجاري' = Fri 24 Dec 2021"),
    ev("hnec-preliminary-list-exclusion", "قد نشرت، في 24 من نوفمبر/ تشرين الثاني الماضي", EXCLUDED, "'24 من نوفمبر/ تشرين الثاني الماضي' = Wed 24 Nov 2021"),
    ev("zawiya-court-haftar-ruling", "قبلت محكمة مدينة الزاوية الابتدائية (غرب) طعنا", ZAWIYA, "'والثلاثاء' in an article of Sun 5 Dec 2021 = the last Tuesday, Tue 30 Nov"),
    ev("sayeh-appeals-announcement", "وأعلن رئيس مفوضية الانتخابات، عماد السايح، الأحد", FINAL, "'الأحد' = Sun 5 Dec 2021"),
])

# ---------------------------------------------------------------- tunisia-presidential-candidates-court-reinstatement-2024
S = "tunisia-presidential-candidates-court-reinstatement-2024"
PRELIM = "2024-08-10"          # ISIE preliminary list: Saied, Zammel, Maghzaoui accepted, 14 files rejected, Sat 10 Aug 2024
MEKKI = "2024-08-27"           # Administrative Court (second stage) reinstated Abdellatif Mekki, Tue 27 Aug 2024
ZENAIDI = "2024-08-29"         # ... reinstated Mondher Zenaidi, Thu 29 Aug 2024
DAIMI = "2024-08-30"           # ... reinstated Imed Daimi, Fri 30 Aug 2024
APPEALS = (MEKKI, "2024-08-31")  # the three rulings, Tue 27 - Fri 30 Aug 2024
FINAL_LIST = "2024-09-02"      # ISIE final list of three, ignoring the rulings; Zammel arrested at dawn; Mon 2 Sep 2024
CAMPAIGN = "2024-09-14"        # the campaign opens, Sat 14 Sep 2024
TN_VOTE = "2024-10-06"         # the presidential election, Sun 6 Oct 2024
art(S, "https://youm7.com/story/2024/8/29/المحكمة-الإدارية-التونسية-تعيد-المنذر-الزنايدى-لسباق-الرئاسة/6689948",
    ZENAIDI, "the page address is dated 2024/8/29; the body's 'الخميس' for the ruling on Zenaidi (Thu 29 Aug 2024, medinafm: 'اليوم الخميس 29 أوت 2024') agrees; headline rendered from the URL slug; the comment notice dropped", True, """
المحكمة الإدارية التونسية تعيد المنذر الزنايدى لسباق الرئاسة
أفاد مسؤول قضائي بأن المحكمة الإدارية التونسية قضت، الخميس، بقبول طعن المرشح البارز المنذر الزنايدي وإرجاعه إلى سباق الانتخابات الرئاسية التونسية المقررة في السادس من أكتوبر، في ثاني حكم من هذا النوع خلال هذا الأسبوع.
والثلاثاء، قررت المحكمة أيضا إعادة عبد اللطيف المكي إلى السباق، لتلغي بذلك حتى الآن قرارين لهيئة الانتخابات التي كانت قد رفضت ملفي الزنايدي والمكي بحجة نقص التزكيات.
ونقل موقع الحرة عن المتحدث القضائي فيصل بوقرة قوله إن الحكم "بات ولا يقبل الطعن".
وكانت المحكمة الإدارية بتونس قد قضت، الثلاثاء، بقبول مطلب الترشح للانتخابات الرئاسية المقدم من رئيس حزب العمل والإنجاز عبد اللطيف المكي.
وبهذا القرار ينضم الزنايدي إلى قائمة المرشحين المقبولين، التي تضم الرئيس الحالي سعيد والسياسيين العياشي زمال وزهير المغزاوي وعبد اللطيف المكي.
""", [
    ev("zenaidi-reinstated", "قضت، الخميس، بقبول طعن المرشح البارز المنذر الزنايدي", ZENAIDI, "'الخميس' = Thu 29 Aug 2024 (page of 29 Aug)"),
    ev("election-day", "الانتخابات الرئاسية التونسية المقررة في السادس من أكتوبر", TN_VOTE, "'السادس من أكتوبر' = Sun 6 Oct 2024"),
    ev("mekki-reinstated", "والثلاثاء، قررت المحكمة أيضا إعادة عبد اللطيف المكي", MEKKI, "'الثلاثاء' of the same week ('هذا الأسبوع') = Tue 27 Aug 2024"),
    ev("isie-preliminary-list", "التي كانت قد رفضت ملفي الزنايدي والمكي", PRELIM, "no own expression; the ISIE rejected the files in its preliminary decision of Sat 10 Aug 2024 (alborsagia: 'أعلنت في 10 أغسطس المنصرم')"),
])
art(S, "https://echaab.dz/2024/08/30/الدايمي-يعود-إلى-سباق-الانتخابات-الرئ",
    DAIMI, "the page address is dated 2024/08/30; the body's 'اليوم الجمعة' for the ruling on Daimi (30 Aug 2024 was a Friday) agrees; headline rendered from the URL slug (its end is cut in the address)", True, """
الدايمي يعود إلى سباق الانتخابات الرئاسية
قضت المحكمة الإدارية التونسية، اليوم الجمعة، بقبول الطعن الذي قدمه المرشح عماد الدايمي وإرجاعه إلى سباق الانتخابات الرئاسية المقرر إجراؤها في 6 أكتوبر المقبل، بعد أن رفضت الهيئة العليا المستقلة للانتخابات ملف ترشحه في وقت سابق.
وأوردت وكالة تونس إفريقيا للأنباء أن الجلسة العامة للمحكمة الإدارية، المتعهدة بالطور الثاني من التقاضي في نزاعات الترشح للانتخابات الرئاسية التونسية 2024، حكمت اليوم بقبول طعن المرشح عماد الدايمي شكلا وأصلا ونقض الحكم المطعون فيه، ومن ثم إلغاء قرار الهيئة العليا المستقلة للانتخابات.
وشددت المحكمة، بحسب البيان، على أن القرارات الصادرة عن جلستها العامة القضائية لا تقبل أي وجه من أوجه الطعن ولو بالتعقيب، وفقا لمقتضيات القانون الانتخابي.
وكانت هيئة الانتخابات قد قبلت في وقت سابق ملفات ترشح كل من الرئيس الحالي قيس سعيد، والأمين العام لـ"حركة الشعب" زهير المغزاوي، والأمين العام لحركة "عازمون" العياشي زمال، في حين أعادت المحكمة إلى سباق الرئاسيات المرشحين المنذر الزنايدي وعبد اللطيف المكي، الأمين العام لحزب "العمل والإنجاز".
""", [
    ev("daimi-reinstated", "قضت المحكمة الإدارية التونسية، اليوم الجمعة، بقبول الطعن", DAIMI, "'اليوم الجمعة' = Fri 30 Aug 2024"),
    ev("election-day", "المقرر إجراؤها في 6 أكتوبر المقبل", TN_VOTE, "'6 أكتوبر المقبل' = Sun 6 Oct 2024"),
    ev("isie-preliminary-list", "قد قبلت في وقت سابق ملفات ترشح كل من الرئيس الحالي قيس سعيد", PRELIM, "no own expression; the ISIE's preliminary acceptance of Sat 10 Aug 2024"),
    ev("zenaidi-reinstated", "المرشحين المنذر الزنايدي", ZENAIDI, "no own expression; Zenaidi was reinstated on Thu 29 Aug 2024 (youm7, medinafm)"),
    ev("mekki-reinstated", "وعبد اللطيف المكي، الأمين العام لحزب", MEKKI, "no own expression; Mekki was reinstated on Tue 27 Aug 2024 (youm7: 'والثلاثاء')"),
])
art(S, "https://sarabic.ae/amp/20240902/%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D8%B3%D8%AA%D8%AD%D8%A7%D9%84%D8%A9-%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D9%82%D8%B1%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9-%D8%A7%D9%84%D8%A5%D8%AF%D8%A7%D8%B1%D9%8A%D8%A9-%D8%A8%D8%B4%D8%A3%D9%86-%D8%B7%D8%B9%D9%88%D9%86-%D8%A7%D9%84%D8%AA%D8%B1%D8%B4%D8%AD-%D9%84%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-1092309959.html",
    FINAL_LIST, "the page address is dated 20240902; the body's 'اليوم الاثنين' (2 Sep 2024 was a Monday) agrees; headline kept from the page; the 'Sputnik' tag, a related-article link and the last, truncated sentence dropped", True, """
هيئة الانتخابات التونسية تعلن استحالة تنفيذ قرارات المحكمة الإدارية بشأن طعون الترشح للرئاسة
أعلنت الهيئة العليا للانتخابات في تونس، اليوم الاثنين، أن الحملة الانتخابية للانتخابات الرئاسية ستنطلق في 14 سبتمبر/ أيلول الجاري.
وذكرت هيئة الانتخابات، في مؤتمر صحفي، أنه يستحيل تنفيذ قرارات المحكمة الإدارية المتعلقة بطعون الترشح، مؤكدة أن القائمة النهائية للمرشحين للرئاسة تضم العياشي زمال وزهير المغزاوي وقيس سعيد.
وكانت القوات التونسية قد اعتقلت، فجر اليوم الاثنين، المرشح للانتخابات الرئاسية العياشي زمال بتهم تتصل بـ"افتعال التزكيات".
وأفاد مهدي عبد الجواد، عضو حملته الانتخابية، لإذاعة "موزاييك" بأن السلطات التونسية قررت نقل المرشح العياشي زمال إلى منطقة الحرس الوطني بطبربة في ولاية منوبة.
وكانت المحكمة الإدارية في تونس قد قضت منذ أيام بقبول طعون 3 مترشحين للرئاسة، ليرتفع بذلك عدد المتنافسين إلى ستة، بينهم الرئيس الحالي قيس سعيد.
وأصدرت المحكمة الإدارية التونسية، الجمعة الماضي، قرارا بقبول طعن المترشح الرئاسي عماد الدايمي شكلا وأصلا وإلغاء قرار هيئة الانتخابات، وهو ما يعني رجوعه إلى السباق الانتخابي.
""", [
    ev("campaign-start", "ستنطلق في 14 سبتمبر/ أيلول الجاري", CAMPAIGN, "'14 سبتمبر/ أيلول الجاري' = Sat 14 Sep 2024"),
    ev("isie-final-list", "أنه يستحيل تنفيذ قرارات المحكمة الإدارية", FINAL_LIST, "no own expression for the press conference; the announcement of 'اليوم الاثنين' = Mon 2 Sep 2024"),
    ev("zammel-arrest", "قد اعتقلت، فجر اليوم الاثنين", FINAL_LIST, "'فجر اليوم الاثنين' = dawn of Mon 2 Sep 2024"),
    ev("zammel-transfer", "قررت نقل المرشح العياشي زمال", FINAL_LIST, "no own expression; the transfer after the arrest, reported the same day, Mon 2 Sep 2024"),
    ev("three-appeals-accepted", "قد قضت منذ أيام بقبول طعون 3 مترشحين", APPEALS[0], "'منذ أيام' = the rulings of Tue 27, Thu 29 and Fri 30 Aug 2024 (span)", end=APPEALS[1]),
    ev("daimi-reinstated", "الجمعة الماضي، قرارا بقبول طعن", DAIMI, "'الجمعة الماضي' from Mon 2 Sep 2024 = Fri 30 Aug"),
])
art(S, "https://alanba.com.kw/1271622",
    "2024-09-03", "no date on the stored page; the body's 'أمس' for the final approval of the three candidates, which the ISIE announced on Mon 2 Sep 2024 (sarabic 20240902: 'اليوم الاثنين'), gives Tue 3 Sep 2024 (a Kuwaiti daily; an AFP report); headline written from the body (the stored text has none)", False, """
تونس: هيئة الانتخابات تعتمد نهائيا ثلاثة مرشحين للرئاسة وتستبعد ثلاثة
اعتمدت هيئة الانتخابات في تونس أمس بصفة نهائية ثلاثة مرشحين، بينهم الرئيس المنتهية ولايته قيس سعيّد، واستبعدت ثلاثة آخرين من الانتخابات المقررة في 6 أكتوبر.
ونشرت الهيئة قائمة المرشحين «النهائية وغير القابلة للطعن»، وتضم إلى جانب سعيّد (66 عاما) النائب البرلماني السابق زهير المغزاوي (59 عاما)، مرشح حزب حركة الشعب القومي العربي، والنائب السابق ورجل الأعمال العياشي زمال (43 عاما).
وأوضح رئيس الهيئة فاروق بوعسكر، في مؤتمر صحافي نقله التلفزيون، أن الهيئة لم تتمكن من الاطلاع على نسخ الأحكام التي أصدرتها مؤخرا الجلسة العامة للمحكمة الإدارية، لأنها لم تُبلّغ بها طبقا للقانون في أجل 48 ساعة من تاريخ التصريح بها.
وفي خطوة لم تكن متوقعة، كانت المحكمة الإدارية قد قبلت الأسبوع الماضي طعون ثلاثة مرشحين، هم القيادي السابق في حزب النهضة الإسلامي عبد اللطيف المكي، والوزير السابق والناشط السياسي البارز المنذر الزنايدي، وعماد الدايمي المستشار السابق للرئيس المنصف المرزوقي.
وأكد الناطق الرسمي باسم المحكمة الإدارية فيصل بوقرة لإذاعة موزاييك أن القرارات أُبلغت إلى هيئة الانتخابات وإلى المرشحين المعنيين «في نفس يوم» صدورها.
""", [
    ev("isie-final-list", "اعتمدت هيئة الانتخابات في تونس أمس بصفة نهائية", FINAL_LIST, "'أمس' from Tue 3 Sep 2024 = Mon 2 Sep"),
    ev("election-day", "من الانتخابات المقررة في 6 أكتوبر", TN_VOTE, "'6 أكتوبر' = Sun 6 Oct 2024"),
    ev("three-appeals-accepted", "قد قبلت الأسبوع الماضي طعون ثلاثة مرشحين", APPEALS[0], "'الأسبوع الماضي' = the rulings of Tue 27, Thu 29 and Fri 30 Aug 2024 (span)", end=APPEALS[1]),
    ev("rulings-notified", "أن القرارات أُبلغت إلى هيئة الانتخابات", APPEALS[0], "'في نفس يوم' of each ruling = Tue 27, Thu 29 and Fri 30 Aug 2024 (span)", end=APPEALS[1]),
])

# ---------------------------------------------------------------- iran-guardian-council-presidential-vetting-2021
S = "iran-guardian-council-presidential-vetting-2021"
FARS = "2021-05-24"            # Fars reported the Council's list in the evening of Mon 24 May 2021
LIST = "2021-05-25"            # the Interior Ministry published the official list of 7, Tue 25 May 2021
DISQ = (FARS, "2021-05-26")    # the disqualifications: decided by Mon 24 May (Fars), official on Tue 25 May
ROUHANI_SPEECH = "2021-05-26"  # Rouhani's televised remarks ('I sent a letter yesterday'), Wed 26 May 2021
IR_VOTE = "2021-06-18"         # the presidential election, Fri 18 Jun 2021
art(S, "https://old.iranintl.com/ar/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86/%D8%A7%D9%84%D9%82%D8%A7%D8%A6%D9%85%D8%A9-%D8%A7%D9%84%D9%86%D9%87%D8%A7%D9%8A%D8%A9-%D9%84%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D8%A7%D9%8A%D8%B1%D8%A7%D9%86%D9%8A%D8%A9-%D9%82%D8%A8%D9%88%D9%84-7-%D9%85%D8%B1%D8%B4%D8%AD%D9%8A%D9%86-%D9%88%D8%B1%D9%81%D8%B6-%D8%A3%D9%87%D9%84%D9%8A%D8%A9-%D9%84%D8%A7%D8%B1%D9%8A%D8%AC%D8%A7%D9%86%D9%8A-%D9%88%D9%86%D8%AC%D8%A7%D8%AF%C2%A0%D9%88%D8%AC%D9%87%D8%A7%D9%86%D8%BA%D9%8A%D8%B1%D9%8A",
    LIST, "the body states the day in full, 'اليوم الثلاثاء 25 مايو (أيار)' (25 May 2021 was a Tuesday); headline kept from the page (with its spelling); the last, truncated sentence dropped", True, """
القائمة النهاية للرئاسة الايرانية.. قبول 7 مرشحين ورفض أهلية لاريجاني ونجاد وجهانغيري
أعلنت وزارة الداخلية الإيرانية بشكل رسمي، اليوم الثلاثاء 25 مايو (أيار)، القائمة النهائية للمرشحين للانتخابات الرئاسية الثالثة عشرة في إيران، وتضم 7 مرشحين أجاز مجلس صيانة الدستور ترشحهم.
وأكدت هذه القائمة ما كانت قد نشرته وكالة أنباء "فارس"، القريبة من الحرس الثوري، مساء أمس الاثنين نقلا عن مصدر "مطلع"، وقد أثارت جدلا واسعا في الأوساط السياسية الإيرانية.
ووفق القائمة الصادرة عن وزارة الداخلية، لم يوافق مجلس صيانة الدستور إلا على رئيس السلطة القضائية إبراهيم رئيسي، ومحسن رضائي، ومحسن مهر علي زاده، وسعيد جليلي، وعلي رضا زاكاني، وعبد الناصر همتي، وأمير حسين قاضي زاده هاشمي.
ومن أبرز الشخصيات التي استُبعدت من الترشح علي لاريجاني، مستشار المرشد الأعلى ورئيس البرلمان السابق، وإسحاق جهانغيري، النائب الأول للرئيس الإيراني.
كما ضمت قائمة المستبعدين غير المؤهلين للترشح الرئيس الإيراني السابق محمود أحمدي نجاد، وعزت الله ضرغامي، ومحسن هاشمي رفسنجاني، ومحمد شريعتمداري، ومسعود بزشكيان، وسعيد محمد، وعلي مطهري، ومحمود صادقي، ومصطفى كواكبيان، وشمس الدين حسيني، ومصطفى تاج زاده.
""", [
    ev("final-list-announced", "أعلنت وزارة الداخلية الإيرانية بشكل رسمي، اليوم الثلاثاء 25 مايو (أيار)", LIST, "'اليوم الثلاثاء 25 مايو' = Tue 25 May 2021"),
    ev("fars-leak", "مساء أمس الاثنين نقلا عن مصدر", FARS, "'مساء أمس الاثنين' = the evening of Mon 24 May 2021"),
    ev("larijani-disqualified", "ومن أبرز الشخصيات التي استُبعدت من الترشح علي لاريجاني", DISQ[0], "no own expression; the Council's rejection, known from the Fars report of Mon 24 May and made official on Tue 25 May 2021 (span)", end=DISQ[1]),
])
art(S, "https://al-ain.com/article/1621935244",
    LIST, "no date line on the stored page; the body's 'الثلاثاء' for the report of Larijani's acceptance, in the week of the list of Tue 25 May 2021; the article number 1621935244 is a Unix time, 25 May 2021 09:34 UTC; headline kept from the page; the truncated quotation of the last sentence turned into indirect speech", False, """
لاريجاني يرضخ لـ"صيانة الدستور" ويقبل استبعاده من الانتخابات الإيرانية
أفادت وسائل إعلام قريبة من معسكر الإصلاحيين في إيران، الثلاثاء، بأن علي لاريجاني، رئيس البرلمان السابق ومستشار المرشد علي خامنئي، أعلن قبوله قرار مجلس صيانة الدستور رفض أهليته ومنعه من خوض سباق الانتخابات الرئاسية.
وذكر موقع "إصلاحات برس"، الذي اطلعت عليه "العين الإخبارية"، أن لاريجاني أبلغ المقربين منه والعاملين في حملته الانتخابية بأنه يقبل قرار المجلس بشأن رفض أهليته.
ونقل عن لاريجاني قوله إنه قبل النتيجة، ولا اعتراض لديه، ولا يطلب إعادة الفحص، بل إنه طلب من أخيه صادق لاريجاني، رئيس مجمع تشخيص مصلحة النظام، ألا يتخذ أي خطوة لتغيير رأي مجلس صيانة الدستور.
وكان مجلس صيانة الدستور، الذي يرأسه رجل الدين المتشدد أحمد جنتي، قد قرر استبعاد عدد من مرشحي التيار الأصولي المعتدل والإصلاحيين، ومنهم علي لاريجاني.
ويحظى علي لاريجاني بدعم الرئيس الحالي حسن روحاني وبعض الأحزاب الإصلاحية المتحالفة مع المعتدلين.
من جهته، علق المتحدث باسم الحكومة الإيرانية علي ربيعي على إرسال روحاني رسالة خاصة إلى خامنئي يطالبه فيها بالتدخل لتعديل قائمة المرشحين، قائلا إن الرئيس يتعامل عادة مع القيادة في الحالات المهمة.
""", [
    ev("larijani-accepts", "أعلن قبوله قرار مجلس صيانة الدستور", LIST, "the report of 'الثلاثاء' = Tue 25 May 2021"),
    ev("larijani-disqualified", "قد قرر استبعاد عدد من مرشحي التيار الأصولي المعتدل", DISQ[0], "no own expression; decided by Mon 24 May (Fars) and official on Tue 25 May 2021 (span)", end=DISQ[1]),
    ev("rouhani-letter", "إرسال روحاني رسالة خاصة إلى خامنئي", LIST, "no own expression; Rouhani said on Wed 26 May 'بعثت رسالة إلى القائد الأعلى أمس' = Tue 25 May 2021"),
    ev("rabiei-comment", "علق المتحدث باسم الحكومة الإيرانية علي ربيعي", LIST, "no own expression; reported with the Tuesday news, Tue 25 May 2021"),
])
art(S, "https://thelenspost.com/%d8%b1%d9%88%d8%ad%d8%a7%d9%86%d9%8a-%d9%8a%d8%b1%d8%a7%d8%b3%d9%84-%d8%ae%d8%a7%d9%85%d9%86%d8%a6%d9%8a-%d8%a8%d8%b4%d8%a3%d9%86-%d8%a7%d8%b3%d8%aa%d8%a8%d8%b9%d8%a7%d8%af-%d9%85%d8%b1%d8%b4%d8%ad",
    ROUHANI_SPEECH, "no date on the stored page; the body's 'وأمس الثلاثاء، نشرت وزارة الداخلية لائحة' for the official list of Tue 25 May 2021 gives Wed 26 May 2021 (26 May 2021 was a Wednesday; the Al Jazeera copy on webjosh, stamped 1622030289 = 26 May 2021, has the same 'أمس الثلاثاء'); headline rendered from the URL slug (its end is cut in the address)", False, """
روحاني يراسل خامنئي بشأن استبعاد مرشحين
أعلن الرئيس الإيراني حسن روحاني أنه وجّه رسالة إلى المرشد الأعلى للجمهورية علي خامنئي ليتدخل، بعدما قرر مجلس صيانة الدستور إقصاء عدد من الشخصيات البارزة من قائمة المرشحين للانتخابات الرئاسية.
ويرى روحاني أن قرار مجلس صيانة الدستور في اختيار المرشحين للرئاسة "لن يؤدي إلى انتخابات تنافسية"، مضيفا أن شرعية النظام في إيران "مرهونة بالمشاركة الشعبية" في الانتخابات المقبلة.
وتابع روحاني: "جوهر الانتخابات هو المنافسة، إذا حذفتم ذلك، تصبح جثة هامدة".
وقال: "بعثت رسالة إلى القائد الأعلى أمس بشأن ما أفكر به، وإذا كان قادرًا على المساعدة" في هذا الشأن، مضيفا أن المرشد يمكنه بالطبع أن يتصرف بما يراه مناسبا، لأن المسألة تتصل بمصالح البلاد وبعمل مجلس صيانة الدستور.
ومن المنتظر أن تُجرى الانتخابات الرئاسية الإيرانية في 18 يونيو/حزيران المقبل، ولا يحق للرئيس الحالي حسن روحاني الترشح بعد أن قضى ولايتين في منصبه.
وأمس الثلاثاء، نشرت وزارة الداخلية قائمة تضم 7 مرشحين، من بينهم 5 من المحافظين، وافق مجلس صيانة الدستور على خوضهم المنافسة.
""", [
    ev("rouhani-speech", "أعلن الرئيس الإيراني حسن روحاني أنه وجّه رسالة", ROUHANI_SPEECH, "no own expression for the remarks; the article of Wed 26 May 2021 reports them ('أمس الثلاثاء' for the list)"),
    ev("larijani-disqualified", "بعدما قرر مجلس صيانة الدستور إقصاء عدد من الشخصيات البارزة", DISQ[0], "no own expression; decided by Mon 24 May (Fars) and official on Tue 25 May 2021 (span)", end=DISQ[1]),
    ev("rouhani-letter", "بعثت رسالة إلى القائد الأعلى أمس", LIST, "'أمس' in Rouhani's remarks of Wed 26 May 2021 = Tue 25 May"),
    ev("election-day", "في 18 يونيو/حزيران المقبل", IR_VOTE, "'18 يونيو/حزيران المقبل' = Fri 18 Jun 2021"),
    ev("final-list-announced", "وأمس الثلاثاء، نشرت وزارة الداخلية قائمة", LIST, "'أمس الثلاثاء' = Tue 25 May 2021"),
])
art(S, "https://epsycho.com.kw/2021/05/26/%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d8%ae%d8%a7%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d8%a6%d8%a7%d8%b3%d9%8a%d8%a9-%d8%a7%d9%84%d8%a5%d9%8a%d8%b1%d8%a7%d9%86%d9%8a%d8%a9-%d8%b1%d9%88%d8%ad%d8%a7%d9%86",
    ROUHANI_SPEECH, "the page address is dated 2021/05/26 (a copy of a BBC Arabic report); no day word in the body, which reports Rouhani's criticism of Wed 26 May 2021; headline kept from the page; the photo credits, the caption and the ad tags dropped", True, """
الانتخابات الرئاسية الإيرانية: روحاني يشكو من الرفض الجماعي لطلبات المرشحين
وجّه الرئيس الإيراني حسن روحاني انتقادات إلى الرفض الجماعي لطلبات الترشح لخوض الانتخابات الرئاسية المقرر إجراؤها الشهر المقبل.
فقد أجاز مجلس صيانة الدستور سبعة مرشحين فقط من بين مئات المتقدمين، ومنع عددا من المرشحين البارزين.
ويُصنَّف معظم المرشحين الواردين في القائمة النهائية ضمن التيار المحافظ، وهو ما أغضب السياسيين المؤيدين للإصلاح وأنصارهم.
وذكر الرئيس روحاني أنه طرح هذه المسألة على المرشد الأعلى للبلاد آية الله علي خامنئي.
""", [
    ev("rouhani-speech", "وجّه الرئيس الإيراني حسن روحاني انتقادات", ROUHANI_SPEECH, "no own expression; Rouhani's remarks of Wed 26 May 2021 (page of that day)"),
    ev("election-day", "الانتخابات الرئاسية المقرر إجراؤها الشهر المقبل", IR_VOTE, "'الشهر المقبل' = the election of Fri 18 Jun 2021"),
    ev("final-list-announced", "فقد أجاز مجلس صيانة الدستور سبعة مرشحين فقط", LIST, "no own expression; the list of seven made official on Tue 25 May 2021"),
    ev("larijani-disqualified", "ومنع عددا من المرشحين البارزين", DISQ[0], "no own expression; decided by Mon 24 May (Fars) and official on Tue 25 May 2021 (span)", end=DISQ[1]),
    ev("rouhani-letter", "أنه طرح هذه المسألة على المرشد الأعلى", LIST, "no own expression; the letter Rouhani sent on Tue 25 May 2021 ('بعثت رسالة إلى القائد الأعلى أمس' on Wed 26)"),
])

# ---------------------------------------------------------------- egypt-moussa-last-minute-candidacy-2018
S = "egypt-moussa-last-minute-candidacy-2018"
SISI = "2018-01-24"            # Sisi's candidacy filed, Wed 24 Jan 2018
CLOSE = "2018-01-29"           # nominations closed at 2 p.m.; Moussa filed minutes before, Mon 29 Jan 2018
PRELIM_DECISION = "2018-01-30"  # the NEA board decided the preliminary list, Tue 30 Jan 2018
PRELIM_PUB = "2018-01-31"      # the preliminary list published (official gazette), Wed 31 Jan 2018
OBJECTIONS = ("2018-02-01", "2018-02-03")  # objections between candidates, Thu 1 - Fri 2 Feb 2018
NO_OBJ = "2018-02-02"          # the NEA announced no objections when the period closed, Fri 2 Feb 2018
art(S, "https://mansora2day.com/?p=42447",
    CLOSE, "no date on the stored page; the body's 'بعد ظهر اليوم الاثنين' for the closing of nominations, which was on Mon 29 Jan 2018 (misr5: 'يوم الأمس الأثنين والموافق 29 يناير'), and the timetable from 'الأربعاء الموافق31/1' onward; the by-line dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; the date expressions kept as on the page (with their missing spaces)", False, """
غلق باب الترشح لانتخابات الرئاسة على مرشحين اثنين
أعلن المستشار محمود الشريف، المتحدث الرسمي باسم الهيئة الوطنية للانتخابات، أن الهيئة أغلقت أبوابها أمام أي طلبات جديدة للترشح لرئاسة الجمهورية في تمام الساعة الثانية بعد ظهر اليوم الاثنين.
وأوضح أن السباق يقتصر على مرشحين اثنين فقط، هما الرئيس عبد الفتاح السيسي المنتهية ولايته، وموسى مصطفى موسى رئيس حزب الغد، الذي قدم أوراق ترشحه قبل دقائق معدودة من غلق الهيئة أبوابها، ليصبح بذلك المنافس الوحيد للسيسي في الانتخابات الرئاسية.
ويشمل الجدول الزمني للهيئة ما يلي: إعلان القائمة المبدئية لأسماء المرشحين للرئاسة الأربعاء الموافق31/1، وتلقي التظلمات يومي الخميس والجمعة الموافقين1،2من فبراير المقبل، على أن يجري الفصل في التظلمات وفحص طلبات الترشح في الخامس من فبراير، وإخطار المرشحين المستبعدين بأسباب استبعادهم في السادس من فبراير المقبل.
وأعلن كذلك أن البت في التظلمات سيكون يومي 7،8 من فبراير المقبل، وأن نتيجته تعلن في التاسع من فبراير، على أن تقدم الطعون إلى المحكمة الإدارية العليا السبت والأحد 10،11 من فبراير المقبل، ويعلن حكم المحكمة في الصحف الرسمية للدولة، الأهرام والأخبار، على نفقة الخاسر خلال عشرة أيام من الاثنين الموافق12/2 وحتي الاربعاء 21/2.
""", [
    ev("nominations-closed", "أغلقت أبوابها أمام أي طلبات جديدة للترشح", CLOSE, "'في تمام الساعة الثانية بعد ظهر اليوم الاثنين' = 2 p.m. on Mon 29 Jan 2018"),
    ev("moussa-files", "الذي قدم أوراق ترشحه قبل دقائق معدودة", CLOSE, "no own expression; minutes before the closing of Mon 29 Jan 2018"),
    ev("preliminary-list-published", "إعلان القائمة المبدئية لأسماء المرشحين للرئاسة الأربعاء الموافق31/1", PRELIM_PUB, "'الأربعاء الموافق31/1' = Wed 31 Jan 2018 (the official gazette published it that day)"),
    ev("objections-period", "وتلقي التظلمات يومي الخميس والجمعة", OBJECTIONS[0], "'يومي الخميس والجمعة الموافقين1،2من فبراير' = Thu 1 - Fri 2 Feb 2018", end=OBJECTIONS[1]),
    ev("court-appeals-window", "تقدم الطعون إلى المحكمة الإدارية العليا السبت والأحد", "2018-02-10", "'السبت والأحد 10،11 من فبراير' = Sat 10 - Sun 11 Feb 2018 (as scheduled)", end="2018-02-12"),
])
art(S, "https://ramadan2.com/2018/01/17820",
    PRELIM_DECISION, "no date line on the stored page (the address gives only the month, 2018/01); the body's 'اليوم الثلاثاء' for the NEA board session that issued the preliminary list, after the closing of Mon 29 Jan and before the gazette of Wed 31 Jan (saidyonlion: 'اليوم الأربعاء'), gives Tue 30 Jan 2018; the stored text begins mid-sentence: the opening clause 'أعلنت الهيئة الوطنية للانتخابات القائمة المبدئية للمرشحين في' is my completion from the rest of the report, and the headline is written from the body; the last, truncated sentence dropped", False, """
القائمة المبدئية لمرشحي الرئاسة: السيسي وموسى مصطفى موسى
أعلنت الهيئة الوطنية للانتخابات القائمة المبدئية للمرشحين في الانتخابات الرئاسية المقبلة، وقد رُتبت بحسب أسبقية التقدم بأوراق الترشح، فضمت الرئيس عبد الفتاح السيسي "مرشحا لفترة رئاسية ثانية" والمهندس موسى مصطفى موسى رئيس حزب الغد.
وأوضحت الهيئة الوطنية للانتخابات في بيان أن المرشح عبد الفتاح السيسي أرفق بطلب ترشحه 549 تزكية برلمانية و161 ألفا و707 تزكيات شعبية، بينما أرفق المرشح موسى مصطفى موسى بطلبه 20 تزكية برلمانية.
وبيّنت الهيئة أن اللجنة المكلفة بفحص طلبات الترشح داخلها راجعت أوراق المرشحين عبد الفتاح سعيد حسين خليل السيسي وموسى مصطفى موسى محمد، ورفعت تقريرا خلصت فيه إلى أنهما استوفيا الشروط التي يتطلبها القانون للترشح في الانتخابات الرئاسية.
وأضافت أن التقرير عُرض على مجلس إدارة الهيئة في جلسته المنعقدة اليوم الثلاثاء، فأصدر بناء عليه قراره بالقائمة المبدئية للمرشحين.
وشددت الهيئة الوطنية للانتخابات على أنها لم تدخر جهدا في تيسير كل السبل الممكنة أمام الراغبين في الترشح للانتخابات الرئاسية، وأمام المواطنين الراغبين في تحرير تأييدات شعبية لمن يريدون ترشيحه، حتى تجري العملية الانتخابية على النحو الذي حدده الدستور والقانون.
""", [
    ev("preliminary-list-decision", "في جلسته المنعقدة اليوم الثلاثاء", PRELIM_DECISION, "'اليوم الثلاثاء' = Tue 30 Jan 2018"),
    ev("sisi-files", "أرفق بطلب ترشحه 549 تزكية برلمانية", SISI, "no own expression; Sisi's request was filed on Wed 24 Jan 2018 (alyaoum24 of Mon 29 Jan: 'قد تقدم الأربعاء الماضي')"),
    ev("moussa-files", "بينما أرفق المرشح موسى مصطفى موسى بطلبه", CLOSE, "no own expression; Moussa's request was filed just before the closing of Mon 29 Jan 2018"),
    ev("committee-report", "ورفعت تقريرا خلصت فيه", CLOSE, "no own expression; the examination of the papers between the closing of Mon 29 Jan and the board session of Tue 30 Jan 2018 (span)", end="2018-01-31"),
])
art(S, "https://saidyonlion.blogspot.com/2018/01/161-707-549_6.html",
    PRELIM_PUB, "no date line on the stored page (the blog address gives only the month, 2018/01); the body's 'اليوم الأربعاء' for the publication in the official gazette of the NEA's announcement of the two requests, which follows the board decision of Tue 30 Jan 2018 and matches the timetable's 'الأربعاء الموافق31/1', gives Wed 31 Jan 2018; a MENA report; the label 'الهيئة الوطنية للإنتخابات |' and the comment box dropped; headline written from the body", False, """
الجريدة الرسمية تنشر إعلان الوطنية للانتخابات بطلبي ترشح السيسي وموسى
نشرت الجريدة الرسمية اليوم الأربعاء إعلان الهيئة الوطنية للانتخابات بتقدم كل من عبد الفتاح السيسي، رئيس جمهورية مصر العربية، وموسى مصطفى موسى، رئيس حزب الغد، بطلبي ترشح للانتخابات الرئاسية 2018.
وأوضحت الهيئة أن عدد مزكي الرئيس عبد الفتاح السيسي بلغ 549 نائبا في البرلمان و161 ألفا و707 تأييدات شعبية، في حين نال موسى مصطفى موسى 20 تزكية برلمانية.
ونص قرار الهيئة الوطنية للانتخابات على السماح لكل من طالبي الترشح بالاعتراض لدى الهيئة على الآخر في يومي غد وبعد غد، من التاسعة صباحا وحتى الخامسة عصر، مع توضيح أسباب اعتراضه.
المصدر: وكالة أنباء الشرق الأوسط.
""", [
    ev("preliminary-list-published", "نشرت الجريدة الرسمية اليوم الأربعاء", PRELIM_PUB, "'اليوم الأربعاء' = Wed 31 Jan 2018"),
    ev("sisi-files", "بتقدم كل من عبد الفتاح السيسي", SISI, "no own expression; Sisi's request of Wed 24 Jan 2018"),
    ev("moussa-files", "وموسى مصطفى موسى، رئيس حزب الغد، بطلبي ترشح", CLOSE, "no own expression; Moussa's request of Mon 29 Jan 2018"),
    ev("objections-period", "في يومي غد وبعد غد", OBJECTIONS[0], "'يومي غد وبعد غد' from Wed 31 Jan 2018 = Thu 1 - Fri 2 Feb", end=OBJECTIONS[1]),
])
art(S, "https://sauress.com/aljazirah/1802033224",
    "2018-02-03", "no date line on the stored page; the body's 'أمس الجمعة' for the closing of the objection period, whose second day was Fri 2 Feb 2018, gives Sat 3 Feb 2018 (3 Feb 2018 was a Saturday; the sauress number begins with 180203); an al-Jazirah (Riyadh) report carried by sauress; headline written from the body (the stored text has none)", False, """
مصر: لا اعتراضات على مرشحي الرئاسة
أعلنت الهيئة الوطنية للانتخابات في مصر (هيئة قضائية مستقلة) أمس الجمعة أنها لم تتلق أي اعتراضات على المرشحين للانتخابات الرئاسية.
وأكد المستشار محمود الشريف، المتحدث الإعلامي باسم الهيئة، أنه لم يرد أي اعتراض على مرشحي الرئاسة حتى نهاية اليوم الثاني المخصص لتلقي الاعتراضات، وبهذا بات في حكم المؤكد أن يخوض الرئيس المصري الحالي عبد الفتاح السيسي (مستقل) وموسى مصطفى موسى، مرشح حزب الغد (ليبرالي)، الانتخابات الرئاسية المقبلة.
وأغلقت الهيئة الوطنية للانتخابات، التي يرأسها المستشار لاشين إبراهيم، الجمعة، باب استقبال طلبات الاعتراض المقدمة من المرشحين لانتخابات الرئاسة مساء أمس الجمعة، وفقا للمادة 13 من قانون الانتخابات الرئاسية.
وبيّن المستشار محمود الشريف أن فترة الاعتراضات محددة في القانون لاعتراض مرشح على آخر، وأن سبل الطعن على قرارات الهيئة بعدها تحكمها آليات يحددها القانون.
وكان السيسي قد تولى الرئاسة في 8 يونيو 2014 بعد فوزه في أول انتخابات رئاسية على منافسه اليساري حمدين صباحي.
ومن المقرر أن تجري انتخابات الرئاسة في مصر من 26 إلى 28 مارس المقبل، على أن تُجرى جولة الإعادة بين 24 و26 أبريل إذا لم يحصل أي مرشح على أكثر من 50 % من الأصوات في الجولة الأولى، وهو احتمال يبدو مستبعدا في هذه الانتخابات.
""", [
    ev("no-objections-announced", "أمس الجمعة أنها لم تتلق أي اعتراضات", NO_OBJ, "'أمس الجمعة' = Fri 2 Feb 2018"),
    ev("objections-period", "حتى نهاية اليوم الثاني المخصص لتلقي الاعتراضات", OBJECTIONS[0], "no own expression for the period; its two days, Thu 1 - Fri 2 Feb 2018 (saidyonlion: 'يومي غد وبعد غد' from Wed 31 Jan)", end=OBJECTIONS[1]),
    ev("objections-closed", "باب استقبال طلبات الاعتراض المقدمة من المرشحين", NO_OBJ, "'مساء أمس الجمعة' = the evening of Fri 2 Feb 2018"),
    ev("sisi-took-office", "وكان السيسي قد تولى الرئاسة في 8 يونيو 2014", "2014-06-08", "'8 يونيو 2014' = Sun 8 Jun 2014"),
    ev("first-round", "من 26 إلى 28 مارس المقبل", "2018-03-26", "'من 26 إلى 28 مارس المقبل' = Mon 26 - Wed 28 Mar 2018", end="2018-03-29"),
    ev("runoff-window", "على أن تُجرى جولة الإعادة بين 24 و26 أبريل", "2018-04-24", "'بين 24 و26 أبريل' = Tue 24 - Thu 26 Apr 2018 (a runoff if needed; it was not held)", end="2018-04-27"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 515
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
