"""Hebrew cues (partial). Prepositions and articles attach in front: [ובלהמש] prefixes."""

from cases.extraction.rules import Lexicon

_P = "[ובלהמשכ]{0,2}"

LEXICON = Lexicon(
    lang="he",
    numbers={
        "שני": 2,
        "שתי": 2,
        "שלושה": 3,
        "שלוש": 3,
        "ארבעה": 4,
        "חמישה": 5,
        "שישה": 6,
        "שבעה": 7,
        "שמונה": 8,
        "תשעה": 9,
        "עשרה": 10,
    },
    name_changed=r"שם בדוי|השם (?:שונה|בדוי)|שמו (?:שונה|בדוי)",
    desert=rf"{_P}ערק\w*|{_P}עריק\w*|נטש את (?:ה)?יחיד\w*|עזב את (?:ה)?בסיס",
    draft=rf"השתמט\w*|{_P}משתמט\w*|{_P}צו גיוס|ברח מ(?:ה)?גיוס|התחמק מ(?:ה)?גיוס",
    defect=r"עבר לצד|נכנע",
    asylum=rf"{_P}מקלט\w*|{_P}פליט\w*|{_P}הגנה",
    grant=r"קיבל\w*|הוענק\w*|העניק\w*|הכיר\w*|הוכר\w*|אושר\w*|האישור|בעל|בעלת",
    refuse=r"נדח\w*|דחה|דחתה|סירב\w*",
    visa=rf"{_P}ויז\w*|אשרת כניסה",
    apply=r"ביקש|הגיש\w*|בקשה",
    detain=r"נעצר\w*|עצור\w*|במעצר|מעצר",
    returned=r"גורש\w*|הוסגר\w*|הוחזר\w*",
    died=r"נהרג\w*|טבע|גופת\w*|מת\b",
    fled=r"ברח|נמלט\w*|מסתתר\w*",
    leave=r"חצה|עזב את|טס ל|יצא מ",
    arrive=r"הגיע\w*|נחת\w*",
    aggregate=r"אלפי|מאות|עשרות|רוב\b",
    person=rf"{_P}חייל\b|{_P}גבר\b|{_P}קצין\b",
    people=r"חיילים|גברים|רוסים|אזרחים",
    pronoun=r"הוא|שלו|לו|אותו",
    roles={
        "conscript": r"שירות חובה|חייל חובה",
        "contract": r"חוזה|שירות קבע",
        "mobilised": r"גויס\w*|מגויס\w*",
        "officer": r"קצין\w*|סגן|סרן",
        "mercenary": r"שכיר\w* חרב",
    },
    seasons={r"אביב": 21, r"קיץ": 22, r"סתיו": 23, r"חורף": 24},
    last_year=r"בשנה שעברה|אשתקד",
    this_year=r"השנה",
    yesterday=r"אתמול",
)
