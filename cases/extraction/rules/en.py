# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""English cues."""

from cases.extraction.rules import Lexicon

_ASYLUM = r"asylum|refugee|(?:international |subsidiary |temporary |humanitarian |complementary )?protection|residence permit|leave to remain|right to stay|humanitarian status"
_UNIT = r"(?:(?:his|her|their|the) )?(?:\w+ )?(?:unit|post|regiment|battalion|brigade|base|barracks|company|ship|training camp|military camp|boot camp|garrison|position|platoon|military base)"

LEXICON = Lexicon(
    lang="en",
    decision=r"decision|ruling|judgment|judgement|verdict",
    says=r"says|said|recalls|recalled|explains|explained|adds|added|tells|told|continues",
    desert=(
        r"desert(?:ed|ing|ion|er|ers)\b|awol\b|on leave\b[^.;]{0,60}?(?:did not|didn't|never) (?:return|go back|come back)|"
        rf"(?:left|leaving|abandon\w*|walked (?:away from|out of)|fled|fled from|ran away from|ran from|escaped from|slipped out of|deserting) {_UNIT}|"
        rf"(?:did not|didn't|never|refused to|decided not to|chose not to|would not|wouldn't) (?:return|go back|report back) to {_UNIT}|"
        r"(?:fled|escaped|ran away|walked away|deserted) from (?:the )?front(?: ?lines?)?|(?:fled|escaped from|ran away from|deserted|left) (?:the )?(?:\w+ )?(?:army|military) (?:and|to|for|after|in)\b|"
        r"(?:decided|chose) not to (?:return|go back) (?:from|after) (?:his |her |their )?(?:leave|furlough|holiday|vacation)|went absent|"
        r"absent without leave|unauthori[sz]ed absence"
        r"|(?:failed|fails|did not|didn\'t|never) (?:to )?return (?:from (?:his |her |a |the )?(?:leave|furlough|hospital)|to the front)|overst\w+ (?:his |her )?leave|walked out of (?:the |a )?(?:military )?hospital"
    ),
    draft=(
        r"(?:fle\w+|escap\w+|evad\w+|dodg\w+|avoid\w*|ran away from) (?:the |a |his |being )?"
        r"(?:partial )?(?:draft|mobili[sz]ation|call-?up|conscription|military service|"
        r"military training|round-?up|mobili[sz]ed|drafted|conscripted)|"
        r"draft (?:evader|dodger|evasion)s?|conscientious objector|"
        r"(?:call-?up|draft) (?:papers|notice|summons)|summons|enlistment office|"
        r"ordered to report|refused (?:the call-?up|to serve|to fight)|"
        r"(?:fle\w+|escap\w+|evad\w+|dodg\w+|avoid\w*|hid\w* from) (?:being )?(?:called up|called to (?:serve|fight)|sent to (?:the )?(?:front|war)|mobili[sz]ed|drafted)|"
        r"(?:mobili[sz]ation|conscription|military) (?:notice|order|papers|summons)|draft[- ]dodg\w*|"
        r"(?:did not|didn't|failed to|refused to|never) (?:report|show up|turn up) (?:to|at|for) (?:the |a |his )?(?:enlistment|recruitment|recruiting|draft|military|conscription|mobili[sz]ation)|"
        r"draft board|recruitment office|recruiting office|military commissariat|military registration|voenkomat"
    ),
    defect=(
        r"defect(?:ed|ing|ion|or|ors|s)?\b|surrender(?:ed|ing)? (?:voluntarily|to)|"
        r"voluntarily surrender\w*|crossed (?:the )?(?:front ?line|line of contact|"
        r"demarcation line) |switched sides|went over to the|"
        r"crossed over to (?:the )?(?:ukrainian|russian|enemy|other) (?:side|lines|forces|army|troops)|"
        r"gave (?:himself|themselves) up to|laid down (?:his|their) (?:arms|weapons) (?:and|to)"
    ),
    asylum=_ASYLUM,
    grant=r"grant\w*|recogni[sz]\w*|award\w*|receiv\w*|won|wins|obtain\w*|issu\w*|approv\w*|given|allow(?:ed|s|ing) (?:the|his|her|their) appeal|upheld (?:his|her|their|the) appeal|got (?:political )?(?:asylum|refugee status|protection|a residence permit)",
    refuse=r"refus\w*|reject\w*|den(?:ied|y|ies)|turned down|dismiss\w*|negative decision|lost (?:his |their |the )?(?:appeal|case|bid)|unsuccessful",
    appeal=r"appeal\w*|claim\w*|application\w*|lawsuit|petition|bid\b|complaint",
    visa=r"(?:humanitarian )?visas?|entry permits?|(?:temporary )?entry permit|entry clearance|permission to enter|laissez-passer",
    apply=r"appl(?:ied|ies|y|ying|ications?)|ask\w* for|sought|seek\w*|request\w*|lodg\w*|fil(?:ed|e|ing)|claim\w*|submit\w*|registered (?:with|at|as)|(?:put|puts|putting) in (?:a |an |his |their )?(?:claim|application|request)|made (?:a |an )?(?:claim|application|request)",
    detain=(
        r"detain\w*|detention|in custody|into custody|arrest\w*|held (?:at|in) (?:a |an |the )?"
        r"(?:detention|immigration|deportation|removal|reception|transit)|remains? in custody|"
        r"is being held|has been held|prisoner of war|pow camp|captivity|"
        r"held (?:at|in) (?:a |an |the )?(?:\w+ )?(?:airport|transit zone|transit area)|"
        r"(?:stuck|stranded|trapped) (?:at|in) (?:the )?(?:\w+ )?(?:airport|transit zone|transit area)"
    ),
    returned=(
        # Plural nouns ("deportations") are policy; an embassy or UNHCR is no return.
        r"deport(?!ations)\w*|extradit\w*|handed (?:\w+ )?(?:back|over) to(?! (?:the )?(?:\w+ ){0,2}?(?:embassy|consulate|unhcr|red cross|lawyers?|family))|"
        r"hands back|sent back to|"
        r"hand(?:ed|s|ing) (?:back|over) (?:\d+|the|all|two|three|four|five|six) (?:\w+ ){0,3}?"
        r"(?:soldiers|servicemen|deserters|men|members|troops)|"
        r"forcibly returned|returned to (?:russia|belarus|ukraine)|abducted|"
        r"handed back|expelled to|expelled from|(?:was|were|been|being) expelled|repatriat\w*|sent (?:him|them|\w+) back|"
        r"(?:forcibly|forcefully) (?:returned|sent|taken|removed)|removed to|pushed back (?:to|into|across)|returned (?:him|them) to|"
        r"kidnapped and (?:taken|brought)|taken back to (?:russia|belarus)"
    ),
    died=r"died|(?:was |were )?killed|drowned|found dead|body (?:was |of .{0,30})?found|bodies",
    fled=r"fled|escap\w+|in hiding|hid(?:ing)?|hides|ran away|went into hiding|lives? (?:in|on)",
    leave=(
        r"left (?:russia|the country|belarus|ukraine|home)|crossed|crossing|flew|fled to|"
        r"fled (?:from )?(?:russia|belarus|ukraine|his country|the country)|"
        r"boarded|made (?:his|their) way|(?:wad|swa|swim|waded|swam|swum)\w* across|travel\w*|drove|walked across|went to|"
        r"took a (?:flight|plane|bus|train)|escaped to|reached the border|"
        r"left (?:his |her |their )?(?:native |home |own )?(?:country|homeland|motherland)|left(?= (?-i:[A-Z])\w+)|"
        r"fled abroad|went abroad|escaped abroad|left for|set (?:off|out) for|headed (?:to|for|towards)|flew out|"
        r"(?:took|caught|boarded) (?:a |an |the )?(?:flight|plane|bus|train|ferry|boat|taxi|car)|sailed|swam|hitchhik\w*|"
        r"(?:made|making) (?:his|their|her) way|moved on to|continued (?:on )?to"
    ),
    arrive=r"arriv\w*|landed|landing in|reach(?:ed|ing)|came to|enter(?:ed|ing)|got to|made it (?:to|into|across|out to)|flew (?:on )?to|ended up in|turned up in|touched down|got into|found (?:himself|themselves) in",
    stay=r"(?:is|are|was|were|remains?) (?:currently |now |still )?(?:in|stuck in|staying in)|lived|living|stay\w*|spent|worked|waited|settled|hid|sheltered",
    hypo=(
        r"request\w*|sought|seek\w*|demand\w*|not\b|never\b|no one|nobody|none\b|if\b|could|(?-i:may)\b|might|would|risk\w*|threat\w*|fear\w*|faces?|facing|danger|unless|"
        r"avoid|prevent|not to be|against|warn\w*|whether|possible|rarely|usually|hope\w*|want\w*|"
        r"expect\w*|wish\w*|stop\b|halt\b"
    ),
    aggregate=(
        r"^(?:many|most|some) |thousands|hundreds|dozens|tens of thousands|more than \d|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!turned )(?<!turns )(?<!turn )over \d{2}|(?:about|around|some|nearly|almost) \d{2,}|"
        r"at least \d{2}|most of (?:them|the)|most (?:claims|applicants|applications|men|russians)|"
        r"many of them|figures|statistics|"
        r"every year|each year|a (?:small )?(?:share|fraction)|\d{2,}[\d,.]* (?:russians|"
        r"ukrainians|men|people|soldiers|deserters|applications|decisions)"
    ),
    court=r"court (?:sentenced|convicted|found)|sentenced (?:him|her|them)? ?to|verdict|trial",
    nonmil=r"journalist|(?<!rights )(?<!refugee )(?<!migrant )activist|student|blogger|opposition politician|lgbt",
    another=(
        r"another|(?:the )?second|(?:two|three|four|five) other|other (?:man|soldier|russian|"
        r"ukrainian|deserter|applicant)|a third|the other"
    ),
    person=(
        r"(?:soldier|serviceman|man|deserter|conscript|recruit|sergeant|officer|private|pilot|"
        r"sailor|marine|paratrooper|mercenary|teenager|applicant|draftee|reservist|"
        r"fighter|contract soldier|corporal|lieutenant|captain)\b"
    ),
    people=(
        r"members of the (?:\w+ )?(?:army|armed forces|military|navy|national guard)|"
        r"(?:contract |young )?soldiers|servicemen|men|deserters|conscripts|recruits|russians|ukrainians|"
        r"belarusians|troops|mercenaries|draftees|citizens|nationals|brothers|reservists|guards(?:men)?|sailors|marines|officers|pilots|cadets|guardsmen"
    ),
    pronoun=r"he|him|his|himself",  # the men this tracks; "her" is mostly an official
    they=r"they|them|their|the (?:two|three|four|five|six|seven|eight|group|men|soldiers|brothers)",
    ranks=(
        r"captain|capt\.|lieutenant|lt\.|major|colonel|sergeant|sgt\.|corporal|private|"
        r"soldier|deserter|conscript|officer|pilot|serviceman"
    ),
    pseudonym=(
        r"identified (?:only )?(?:by his first name )?as|gave (?:his|her) name (?:only )?as|"
        r"called himself|calls himself|known (?:only )?as|goes by(?: the name)?|"
        r"introduced himself as|whom we (?:will )?call|we are calling him|a pseudonym,?|"
        r"(?:asked|wants|wanted|agreed) (?:that he |to )?be (?:referred to|called|named|identified) (?:only )?as|"
        r"asked to be called|asked us to call him|"
        r"(?:gave|gives|uses|used) (?:only )?(?:his|her) first name,?"
    ),
    name_changed=(
        r"(?:asks|asked) (?:us )?(?:that (?:his|her) (?:surname|last name|full name) not be|not to (?:use|print|publish|give) (?:his|her) (?:surname|last name|full name))|declined to give (?:his|her) (?:surname|last name|full name)|not (?:his|her|their) real name|name (?:has been |was )?changed|a pseudonym|"
        r"name changed|names changed|not his full name"
    ),
    age_after=r",\s*(?:aged\s+)?\d{2}\s*[,.)]",
    age_before=r"\d{2}-year-old",
    roles={
        "conscript": r"conscript(?:s|ed|ion)?\b|national service|compulsory (?:military )?service|"
        r"military service obligation|draftee",
        "contract": r"contract (?:soldier|serviceman|servicemen|soldiers)|under (?:a )?contract|"
        r"signed (?:a )?contract|contract with the (?:army|ministry)|professional soldier|"
        r"enlisted",
        "mobilised": r"mobili[sz]ed|called up (?:during|in|under) (?:the )?mobili[sz]ation|"
        r"(?:was|were|been) called up|reservist",
        "officer": r"officer|lieutenant|captain|major\b|colonel|commander",
        "mercenary": r"mercenar\w+|private military (?:company|group)",
    },
    numbers={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "both": 2,
        "a pair of": 2,
        "a couple of": 2,
        "a dozen": 12,
    },
    months=(
        r"January|Jan\.",
        r"February|Feb\.",
        r"March|Mar\.",
        r"April|Apr\.",
        r"May",
        r"June",
        r"July",
        r"August|Aug\.",
        r"September|Sept?\.",
        r"October|Oct\.",
        r"November|Nov\.",
        r"December|Dec\.",
    ),
    case_sensitive_months=True,
    seasons={r"spring": 21, r"summer": 22, r"autumn|fall": 23, r"winter": 24},
    last=r"last|previous|past",
    this=r"this",
    last_year=r"last year|the previous year|a year ago|a year earlier",
    this_year=r"this year|earlier this year",
    last_month=r"last month|a month ago",
    yesterday=r"yesterday",
    last_week=r"last week|a week ago|earlier this week",
    ago=r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:(?P<month>months?)|(?P<year>years?)) ago",
    same_day=r"the same day|that same day|the same night|that night",
    same_month=r"the same month|later that month|that same month",
)
