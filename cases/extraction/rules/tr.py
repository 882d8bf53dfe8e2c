# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Turkish cues. Suffixes attach to stems, so most cues end in \\w*."""

from cases.extraction.rules import Lexicon

LEXICON = Lexicon(
    lang="tr",
    decision=r"karar\w*",
    desert=(
        r"asker kaçağı\w*|firar\w*|kaçak asker\w*|birliğ\w* (?:izinsiz )?terk\w*|"
        r"birliğinden (?:kaç|ayrıl)\w*|birliğini bırak\w*|izinsiz terk\w*|dezert\w*"
        r"|izinden dönme\w*"
    ),
    draft=(
        r"seferberlik\w*(?:ten|den) kaç\w*|askerlikten kaç\w*|askere gitmemek|celp\w*|"
        r"askerlik çağrı\w*|yoklama kaçağı\w*|bakaya\w*|vicdani ret\w*|seferberliğ\w* (?:kaç|kaçın)\w*"
    ),
    defect=r"saf değiştir\w*|karşı tarafa geç\w*|teslim ol\w*|iltica etti",
    asylum=r"sığınma\w*|mülteci\w*|uluslararası koruma\w*|koruma\w*|iltica\w*",
    grant=r"verildi|verdi|verilmiş\w*|tanındı|tanıdı|tanımış\w*|tanınmış\w*|aldı|almış\w*|kabul edil\w*|onaylan\w*|düzenlendi",
    refuse=r"reddedil\w*|reddetti|ret\b|kabul edilmedi",
    appeal=r"itiraz\w*|başvuru\w*",
    visa=r"vize\w*|giriş izni\w*",
    apply=r"başvur\w*|talep\w*|taleb\w*|istedi",
    detain=r"gözaltı\w*|tutukla\w*|geri gönderme merkez\w*|alıkonul\w*|yakalandı",
    returned=r"sınır dışı edil\w*|iade edil\w*|geri gönderil\w*|(?<!Müdürlüğüne )(?<!İdaresine )(?<!Başkanlığına )(?<!polise )(?<!jandarmaya )teslim edil\w*|kaçırıl\w*",
    died=r"öldü|hayatını kaybetti|cesed\w*|boğul\w*",
    fled=r"kaçtı|kaçan|saklan\w*|yaşıyor",
    leave=r"geçti|geçen|geçerek|uçtu|ayrıldı|terk etti|sınırı geç\w*|gitti|kaçtı",
    arrive=r"uçtu|vardı|ulaştı|geldi|gelen|giriş yaptı|yerleşti",
    stay=r"bulunuyor|hâlâ|halen|yaşıyor|yaşadı|kaldı|çalış\w*|bekledi",
    hypo=r"talep\w*|istedi\w*|eğer|olursa|\w*ilirse|risk\w*|tehlike\w*|korku\w*|\w*mem[ae]si\w*|karşı|olabilir",
    aggregate=(
        r"^(?:çoğu|birçoğu|bazıları) |binlerce|yüzlerce|onlarca|on binlerce|\d+ bin\b|sayısı|istatistik\w*|çoğu|"
        r"büyük kısmı|her yıl|\d{2,}[\d.]* (?:rus|kişi|asker)"
    ),
    court=r"mahkum edil\w*|hapis cezasına çarptırıl\w*|askeri mahkeme",
    nonmil=r"gazeteci\w*|aktivist\w*|öğrenci\w*|muhalif\w*",
    another=r"bir diğer|başka bir|ikinci",
    person=r"asker\b|askeri\b|erkek\b|kaçağı\b|subay\b|pilot\b|çavuş\b|paralı asker\b|genç\b|vatandaş\b|vatandaşı\b",
    people=r"askerler\w*|erkekler\w*|kaçakları|rus\w*lar\w*|kişi\b|vatandaşlar\w*",
    pronoun=r"o\b|onu|onun|kendisi\w*|müvekkil\w*",
    they=r"onlar\w*|ikisi\w*|üçü\w*|dördü\w*",
    ranks=r"yüzbaşı|teğmen|binbaşı|albay|çavuş|er\b|asker|pilot|subay|kaçağı",
    pseudonym=r"adının .{0,20} olarak|kendini .{0,10} olarak tanıtan",
    name_changed=r"takma ad|gerçek adı değil|isim değiştirildi|adı değiştirildi",
    age_after=r",\s*\d{2}\s*[,.)]",
    age_before=r"\d{2} yaşındaki(?:\s+\w+){0,3}?",
    roles={
        "conscript": r"zorunlu askerlik|er olarak|yedek asker|askerlik hizmet\w*",
        "contract": r"sözleşmeli\w*|profesyonel asker",
        "mobilised": r"seferber edil\w*|seferberlikle",
        "officer": r"subay\w*|teğmen\w*|yüzbaşı\w*|binbaşı\w*|albay\w*",
        "mercenary": r"paralı asker\w*|özel askeri şirket\w*",
    },
    numbers={
        "bir": 1,
        "iki": 2,
        "İki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
        "her ikisi": 2,
    },
    months=(
        r"ocak\w*",
        r"şubat\w*",
        r"mart\w*",
        r"nisan\w*",
        r"mayıs\w*",
        r"haziran\w*",
        r"temmuz\w*",
        r"ağustos\w*",
        r"eylül\w*",
        r"ekim\w*",
        r"kasım\w*",
        r"aralık\w*",
    ),
    seasons={r"ilkbahar\w*|bahar\w*": 21, r"yaz\b|yazın": 22, r"sonbahar\w*": 23, r"kış\w*": 24},
    last=r"geçen|geçtiğimiz",
    this=r"bu",
    last_year=r"geçen yıl\w*|geçtiğimiz yıl\w*|bir yıl önce",
    this_year=r"bu yıl\w*",
    last_month=r"geçen ay\w*|geçtiğimiz ay\w*|bir ay önce",
    yesterday=r"dün",
    last_week=r"geçen hafta|bir hafta önce|bu hafta",
    ago=r"(?P<n>bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|\d+) (?:(?P<month>ay)|(?P<year>yıl)) önce",
    same_day=r"aynı gün|aynı gece",
    same_month=r"aynı ay\w*",
)
