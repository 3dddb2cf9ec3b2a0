"""Dialect and colloquial forms, as data: each table here extends the table of the same
name in :mod:`timeline.lang.ar` (the engine merges them when it builds its lexicon, and
``tests/test_tables.py`` checks that every entry is recognized).

Format: the same as the table extended -- a word or space-separated phrase, and its value.
Example: ``"بكرة": 1`` in RELATIVE_DAYS reads "بكرة" (Levantine/Egyptian "tomorrow") as
the publication day + 1.
"""

# Levantine, Egyptian and Gulf words for relative days
RELATIVE_DAYS = {
    "بكرة": 1, "بكرا": 1, "بُكرة": 1,
    "امبارح": -1, "إمبارح": -1, "مبارح": -1, "البارح": -1,
    "النهاردة": 0, "النهارده": 0,
}
RELATIVE_DAY_PHRASES = {
    "بعد بكرة": 2, "بعد بكرا": 2, "قبل امبارح": -2, "أول امبارح": -2, "أول إمبارح": -2,
    "اليوم اللي بعد بكرة": 2, "اليوم الي بعد بكرة": 2, "اليوم اللي بعد بكرا": 2, "اليوم الي بعد بكرا": 2,
    "اليوم اللي قبل امبارح": -2, "اليوم الي قبل امبارح": -2, "اليوم القبل البارحة": -2,
    "اليوم اللي بعد الغد": 2, "اليوم الذي يلي الغد": 2, "اليوم الذي بعد الغد": 2, "اليوم ده": 0,
}
# "بكرة" is also ب + كرة (with a ball: "أحرز الهدف بكرة رأسية"): not "tomorrow" before an
# adjective (a word in ية, or one of these)
BALL_FORMS = {"بكرة", "بُكرة"}
BALL_ADJECTIVES = {"ساقطة", "مرتدة", "زاحفة", "ثابتة", "طائرة", "قوسية", "عالية", "قوية", "جميلة"}
# ... nor in the idiom "عن بكرة أبيه" (every last one of them), the word after it (days.BAKRA_OTHER_SENSES)
BAKRA_IDIOM_AFTER = {"أبيه", "أبيها", "أبيهم", "أبيهن", "ابيه", "ابيها", "ابيهم"}
# ... nor before these adjectives of a noun بكرة (a reel, a spool: "بكرة أخرى"; days.BAKRA_OTHER_SENSES)
BAKRA_NOUN_ADJECTIVES = {"أخرى", "اخرى", "جديدة"}
# ... nor before the game a ball names in a construct ("فريق الشرطة بكرة القدم", "منتخب العراق
# بكرة السلة": in football, in basketball)
BALL_GAMES = {"القدم", "السلة", "اليد", "الشاطئية"}
# ... and these, which may also be the subject after "بكرة" = tomorrow ("بكرة الماء بتنقطع"), only
# with a team, a player or a competition among the three words before ("فريق النفط بكرة الماء")
BALL_GAMES_WITH_TEAM = {"الطائرة", "الماء"}
BALL_TEAM_STEMS = ("فريق", "منتخب", "نادي", "لاعب", "بطولة", "بطولات", "دوري", "اتحاد", "مدرب", "كأس",
                   "مباراة", "مباريات", "فرق", "أندية", "منتخبات")
# "الأسبوع الجاي" (next week), "الشهر اللي فات" (last month); multi-word entries are phrases
NEXT_MODIFIERS = {"الجاي", "الجاية", "اللي جاي", "الي جاي", "اللي جاية", "الي جاية"}
PAST_MODIFIERS = {"اللي فات", "الي فات", "اللي فاتت", "الي فاتت", "الفايت", "الفايتة", "الماض"}
# "الساعة ثلاثة الصبح"
CLOCK_PERIODS = {"الصبح": "am", "الصبحية": "am", "بالليل": "night"}
# "now": Egyptian دلوقتي، Levantine هلق / هلأ (extends NOW_WORDS)
NOW_WORDS = {"دلوقتي", "دلوقت", "هلق", "هلأ"}
# ... of which these are "now" only written with their hamza: bare "هلا" is the Gulf greeting
# ("هلا بالخميس", "هلا والله", the Kuwaiti festival "هلا فبراير"; holidays.HALA_NOT_NOW)
NOW_ONLY_WITH_HAMZA = {"هلأ"}
