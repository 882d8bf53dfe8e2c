# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Armenian cues (partial)."""

from cases.extraction.rules import Lexicon

LEXICON = Lexicon(
    lang="hy",
    desert=r"դասալիք\w*|դասալքել\w*|զորամասը լքել\w*|լքել է զորամաս\w*",
    draft=r"զորահավաքից (?:\w+ )?(?:խուսափ|փախ)\w*|զորակոչից (?:\w+ )?խուսափ\w*|ծառայությունից խուսափ\w*",
    defect=r"անցել է (?:\w+ )?կողմ\w*|գերի է հանձնվել",
    asylum=r"ապաստան\w*|փախստական\w*|պաշտպանություն\w*",
    grant=r"տրամադր\w*|ստացել|շնորհ\w*|ճանաչ\w*",
    refuse=r"մերժ\w*",
    visa=r"վիզա\w*|մուտքի արտոնագիր",
    apply=r"դիմել\w*|խնդրել\w*|դիմում\w*",
    detain=r"ձերբակալ\w*|կալանավոր\w*|կալանք\w*",
    returned=r"արտահանձն\w*|արտաքսվ\w*|վերադարձվ\w*",
    died=r"մահացել|զոհվել",
    fled=r"փախել|թաքնվում|ապրում է",
    leave=r"հատել\w*|թռել\w*|մեկնել\w*|լքել է",
    arrive=r"ժամանել\w*|հասել\w*|եկել\w*",
    aggregate=r"հազարավոր|հարյուրավոր|տասնյակ|մեծ մասը",
    person=r"զինվոր\w*|զինծառայող\w*|տղամարդ\w*|սպա\b",
    people=r"զինվորներ\w*|զինծառայողներ\w*|տղամարդիկ|ռուսներ\w*|քաղաքացիներ\w*",
    pronoun=r"նա|նրա|նրան",
    roles={
        "conscript": r"ժամկետային\w*",
        "contract": r"պայմանագր\w*",
        "mobilised": r"զորահավաքված\w*|զորակոչված\w*",
        "officer": r"սպա\b|լեյտենանտ\w*|կապիտան\w*",
        "mercenary": r"վարձկան\w*",
    },
    seasons={r"գարն\w*": 21, r"ամռ\w*|ամառ\w*": 22, r"աշն\w*|աշուն\w*": 23, r"ձմռ\w*|ձմեռ\w*": 24},
    last_year=r"անցյալ տարի|նախորդ տարի",
    this_year=r"այս տարի",
    yesterday=r"երեկ",
)
