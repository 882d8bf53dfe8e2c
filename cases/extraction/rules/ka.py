# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Georgian cues (partial). Georgian has no capital letters: names come from cues only."""

from cases.extraction.rules import Lexicon

LEXICON = Lexicon(
    lang="ka",
    desert=r"დეზერტირ\w*|ნაწილი მიატოვა|სამხედრო ნაწილიდან გაიქცა|ნაწილიდან გაიქცა",
    draft=r"მობილიზაცია\w* (?:\w+ )?გაექცა|მობილიზაციისგან|გაწვევა\w* (?:\w+ )?(?:გაექცა|თავი აარიდა)|უწყებ\w*",
    defect=r"მხარეზე გადავიდა|ტყვედ ჩაბარდა|ნებაყოფლობით ჩაბარდა",
    asylum=r"თავშესაფ\w*|ლტოლვილ\w*|დაცვ\w*",
    grant=r"მიიღო|მიანიჭ\w*|გასცა|აღიარ\w*",
    refuse=r"უარი|უარყ\w*",
    visa=r"ვიზ\w*",
    apply=r"მიმართა|ითხოვა|განცხადებ\w*|მოითხოვა",
    detain=r"დააკავეს|დაკავებულ\w*|დააპატიმრ\w*|დაკავებ\w*",
    returned=r"დეპორტირ\w*|ექსტრადი\w*|გადასცეს|დააბრუნეს",
    died=r"გარდაიცვალა|დაიღუპა",
    fled=r"გაიქცა|იმალება|ცხოვრობს",
    leave=r"გადაკვეთა|გამოფრინდა|დატოვა|გადმოვიდა|გაემგზავრა",
    arrive=r"ჩამოვიდა|ჩაფრინდა|მივიდა|ჩავიდა",
    aggregate=r"ათასობით|ასობით|ათეულობით|უმეტესობა",
    person=r"ჯარისკაც\w*|სამხედრო\w*|მამაკაც\w*|ოფიცერ\w*",
    people=r"ჯარისკაცები|სამხედროები|მამაკაცები|რუსები|მოქალაქეები",
    pronoun=r"ის|მისი|მას",
    roles={
        "conscript": r"წვევამდელ\w*|სავალდებულო სამხედრო\w*",
        "contract": r"კონტრაქტ\w*",
        "mobilised": r"მობილიზებულ\w*",
        "officer": r"ოფიცერ\w*|ლეიტენანტ\w*|კაპიტან\w*",
        "mercenary": r"დაქირავებულ\w*",
    },
    seasons={r"გაზაფხულ\w*": 21, r"ზაფხულ\w*": 22, r"შემოდგომ\w*": 23, r"ზამთ\w*": 24},
    last_year=r"შარშან|გასულ წელს",
    this_year=r"წელს",
    yesterday=r"გუშინ",
)
