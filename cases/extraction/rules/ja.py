"""Japanese cues (partial). No spaces between words: no \\w* tails, no word boundaries."""

from cases.extraction.rules import Lexicon

LEXICON = Lexicon(
    lang="ja",
    court=r"軍事法廷|有罪判決|禁錮|懲役|判決",
    nonmil=r"学生|活動家|ジャーナリスト|記者|民主化運動|ブロガー",
    desert=r"脱走|部隊を離脱|離隊",
    draft=r"動員を逃れ|動員から逃れ|徴兵を逃れ|兵役逃れ|召集令状|兵役を拒否|動員忌避|招集を逃れ",
    defect=r"投降|寝返",
    asylum=r"不認定|難民認定|亡命|難民|庇護|保護",
    grant=r"認定|認め|付与|与え|取得",
    refuse=r"却下|拒否|不認定",
    visa=r"ビザ|査証",
    apply=r"申請|求め",
    detain=r"拘束|拘留|収容|逮捕",
    returned=r"強制送還|送還|引き渡|追放",
    died=r"死亡|死去|遺体",
    fled=r"逃れ|逃亡|潜伏|隠れ",
    leave=r"出国|越え|渡り|向かっ|脱出",
    arrive=r"到着|入国|着い",
    hypo=r"れば|たら|なら|恐れ|おそれ|可能性|かもしれ|ないか|ないよう|ように|求め",
    aggregate=r"数千|数百|数十|大半|万人",
    person=r"兵士|男性|軍人|将校|兵",
    people=r"兵士ら|男性ら|兵士たち|ロシア人ら|市民",
    pronoun=r"彼",
    roles={
        "conscript": r"徴集兵|徴兵",
        "contract": r"契約兵|契約軍人",
        "mobilised": r"動員兵|動員され",
        "officer": r"将校|中尉|大尉|少佐",
        "mercenary": r"傭兵",
    },
    seasons={r"春": 21, r"夏": 22, r"秋": 23, r"冬": 24},
    last_year=r"昨年|去年",
    this_year=r"今年",
    yesterday=r"昨日",
)
