# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Arabic cues (partial). Conjunctions and the article attach in front of words."""

from cases.extraction.rules import Lexicon

_P = "(?:[وفبل]?(?:ال)?)"

LEXICON = Lexicon(
    lang="ar",
    decision=r"قرار\w*|حكم\b",
    another=r"آخر\b|أخرى|الثاني|الثانية|جندي آخر",
    they=r"هم\b|لهم|إنهم|الاثنين|الثلاثة",
    hypo=r"إذا|يخشى|تخشى|خشية|قد يتم|ربما|لو\b",
    court=r"حكم\w* علي\w*|محكمة عسكرية|المحكمة العسكرية|بالسجن",
    nonmil=r"صحفي\b|صحفية|صحافي\b|ناشط سياسي|ناشطة|مدون\b|مدونة",
    numbers={
        "اثنان": 2,
        "اثنين": 2,
        "ثلاثة": 3,
        "أربعة": 4,
        "خمسة": 5,
        "ستة": 6,
        "سبعة": 7,
        "ثمانية": 8,
        "تسعة": 9,
        "عشرة": 10,
    },
    name_changed=r"اسم مستعار|اسم غير حقيقي|ليس اسمه الحقيقي",
    # انشق is used both for deserting and for defecting; GUIDELINES: desertion when unclear.
    desert=rf"{_P}منشق\w*|انشق\w*|فر\w* من (?:ال)?(?:خدمة|وحدت|جيش)\w*|{_P}هارب\w* من (?:ال)?(?:خدمة|جيش)|ترك وحدته|{_P}فرار من (?:ال)?خدمة",
    draft=rf"{_P}تهرب من (?:ال)?(?:تجنيد|خدمة)|{_P}تجنيد (?:ال)?(?:إجباري|إلزامي)|استدعاء|{_P}تعبئة",
    defect=r"انتقل إلى الجانب|استسلم",
    asylum=rf"{_P}لجوء|{_P}لاجئ\w*|حماية",
    grant=r"منح\w*|حصل\w*|اعترف\w*|أصدر\w*|مُنح",
    refuse=r"رفض\w*|رُفض\w*",
    visa=r"تأشير\w*",
    apply=r"طلب\w*|قدم\w*|تقدم\w*",
    detain=r"تحتجز\w*|يحتجز\w*|اعتقل\w*|احتجز\w*|محتجز\w*|موقوف|اعتُقل",
    returned=r"رُحّل\w*|ترحيل\w*|تسليم\w*|سُلّم\w*|أعيد\w*",
    died=r"توفي|قُتل|غرق\w*|جثة",
    fled=r"فرّ|هرب\w*|يختبئ",
    leave=r"وعبر|عبروا|هرب\w*|انتقل\w*|عبر|غادر\w*|سافر\w*|توجه\w*",
    arrive=r"يصل|ووصل\w*|وصلوا|وصل\w*|هبط\w*",
    aggregate=r"آلاف|مئات|عشرات|معظم|أكثر من \d",
    person=rf"{_P}جندي|عسكري|رجل|ضابط|شاب",
    people=r"جنود|عسكريين|رجال|الروس\b|روس\b|مواطنين",
    pronoun=r"هو|له|إنه",
    roles={
        "conscript": r"مجند\w*|الخدمة الإلزامية",
        "contract": r"متعاقد\w*|بعقد",
        "mobilised": r"معبأ\w*|تمت تعبئته",
        "officer": r"ضابط\w*|ملازم|نقيب|رائد",
        "mercenary": r"مرتزق\w*",
    },
    seasons={r"الربيع": 21, r"الصيف": 22, r"الخريف": 23, r"الشتاء": 24},
    last_year=r"العام الماضي|السنة الماضية",
    this_year=r"هذا العام",
    yesterday=r"أمس",
)
