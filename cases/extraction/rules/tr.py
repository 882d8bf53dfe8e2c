# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Turkish cues. Suffixes attach to stems, so most cues end in \\w*."""

from cases.extraction.rules import Lexicon

# A place name with its case suffix after an apostrophe: "Rusya'dan", "Gürcistan'a".
_FROM = (
    r"(?:\w+['’](?:dan|den|tan|ten|ndan|nden)|ülke\w*(?:den|dan)|memleket\w*(?:ten|den)|vatan\w*(?:dan|ndan))"
)
_TO = r"\w+['’](?:ya|ye|a|e|na|ne)"
_BY = r"(?:uçak|otobüs|tren|feribot|tekne|bot|gemi|araba|araç)(?:la|le|yla|yle)"

LEXICON = Lexicon(
    lang="tr",
    decision=r"karar\w*|hüküm\b|hükmü\w*|hükmün\w*",
    desert=(
        r"asker kaçağı\w*|firar\w*|kaçak asker\w*|birliğ\w* (?:izinsiz )?terk\w*|"
        r"birliğinden (?:kaç|ayrıl)\w*|birliğini bırak\w*|izinsiz terk\w*|dezert\w*"
        r"|izinden dönme\w*"
        r"|birlikten (?:kaç|ayrıl)\w*|(?:askeri )?birliğ\w* (?:izinsiz )?(?:bırak|terk)\w*|izinsiz ayrıl\w*|"
        r"(?:cephe|mevzi|kışla|üs|üss|karargâh|karargah|garnizon|eğitim kamp)\w*(?:den|dan|ten|tan|nden|ndan) (?:\w+ )?(?:kaç|firar)\w*|"
        r"(?:cephe|mevzi|mevzii|kışla|üssü|karargâh|karargah|garnizon|görev yeri)\w* (?:izinsiz )?terk\w*|"
        r"ordu\w*(?:dan|den) (?:kaç|firar)\w*|askeri hastane\w*(?:den|dan) kaç\w*|"
        r"(?:birliğ|cephe|ön cephe|ön hat)\w*(?:e|ne|ye|a|na|ya) (?:geri )?dönme(?:di|yen|yerek|yi|diğ|miş|mey)\w*|"
        r"izin\w*(?:den|dan) (?:sonra )?(?:geri )?dönme(?:di|yen|yerek|miş|diğ)\w*|"
        r"(?:geri )?dönmemeye karar ver\w*"
    ),
    draft=(
        r"seferberlik\w*(?:ten|den) kaç\w*|askerlikten kaç\w*|askere gitmemek|celp\w*|"
        r"askerlik çağrı\w*|yoklama kaçağı\w*|bakaya\w*|vicdani ret\w*|seferberliğ\w* (?:kaç|kaçın)\w*|"
        r"(?:seferberli[kğ]|mobilizasyon|askerli[kğ]|askere alma|zorunlu askerli[kğ])\w*(?:ten|den|tan|dan) (?:\w+ )?(?:kaç|kurtul|kaçın|saklan|sakın)\w*|"
        r"askerden kaç\w*|askere alınmaktan (?:\w+ )?(?:kaç|kurtul)\w*|askere alınma(?:mak|mamak) için|"
        r"askere (?:gitme(?:di|yen|yerek|mek için|mek istemey|mek istemed|yi reddet)|gitmek istemey|gitmek istemed)\w*|"
        r"celb\w*|(?:seferberlik|askerlik|askere alma) (?:tebligat|bildirim|belge|kağıd|kâğıd|emr|emir)\w*|çağrı (?:kağıd|kâğıd|belge)\w*|"
        r"askerlik şube\w*|askeri kayıt\w* (?:\w+ ){0,3}?(?:ofis|büro|daire|merkez)\w*|"
        r"(?:seferberlik|mobilizasyon)\w* (?:nedeniyle|yüzünden|sebebiyle|ilan edil\w*|başlayınca|başladıktan sonra) (?:\w+ ){0,3}?(?:kaç|terk|ayrıl)\w*|"
        r"savaşmayı reddet\w*|savaşmak istem(?:edi|eyen|emiş)\w*|savaşa gitme(?:mek|di|yi reddet)\w*|hizmet etmeyi reddet\w*"
    ),
    defect=(
        r"saf değiştir\w*|karşı tarafa geç\w*|teslim ol\w*|iltica etti|"
        r"(?:ukrayna|ukraynalılar|rus|rusya)\w* (?:tarafına|saflarına) geç\w*|saflarına katıl\w*|"
        r"kendini (?:\w+ )?teslim et\w*|gönüllü olarak teslim\w*|(?:cephe|temas) hattını (?:\w+ )?geç\w*"
    ),
    asylum=r"sığınma\w*|mülteci\w*|uluslararası koruma\w*|koruma\w*|iltica\w*|sığındı\w*|sığınan\b|sığınarak|(?:oturma|oturum|ikamet) izn\w*|insani ikamet\w*",
    grant=r"verildi|verdi|verilmiş\w*|tanındı|tanıdı|tanımış\w*|tanınmış\w*|aldı|almış\w*|kabul edil\w*|onaylan\w*|düzenlendi|verilen\b|verilerek|tanınan\b|tanınarak|elde et(?:ti|miş|ti)\w*|kazandı\w*|kazanmış\w*|almayı başar\w*|onayladı\w*|onay verdi\w*|kabul etti\w*|kabul etmiş\w*|sağlandı\w*",
    refuse=r"reddedil\w*|reddetti|ret\b|kabul edilmedi|reddet(?:ti|miş|ti|en|erek)\w*|reddi\b|reddine|red kararı\w*|ret kararı\w*|olumsuz (?:sonuçlan|karar|yanıt|cevap)\w*|kabul etme(?:di|miş)\w*|geri çevril\w*|geri çevir(?:di|miş)\w*",
    appeal=r"itiraz\w*|başvuru\w*|temyiz\w*|istinaf\w*|dilekçe\w*",
    visa=r"vize\w*|giriş izn\w*|ülkeye giriş izn\w*|insani vize\w*",
    apply=r"başvur\w*|talep\w*|taleb\w*|istedi|iste(?:miş|yen|yerek|yip|diler)\w*|müracaat\w*|dilekçe\w*|kaydol\w*|kayıt (?:ol|yaptır)\w*|kaydını yaptır\w*|kayda geç\w*",
    detain=(
        r"gözaltı\w*|tutukla\w*|geri gönderme merkez\w*|alıkonul\w*|yakalandı|"
        r"göz altına alın\w*|tutuklu\w*|yakalan(?:an|arak|ıp|mış)\w*|hapsedil\w*|"
        r"transit (?:bölge|alan)\w*|mahsur kal\w*|bekletil(?:di|iyor|mış|en)\w*|tutuluyor\w*|"
        r"esir (?:alın|düş)\w*|savaş esir\w*|"
        r"(?:havalimanı|havaalanı|sınır kapısı|sınır)\w*(?:da|de|nda|nde) (?:\w+ ){0,2}?(?:tutul|alıkon|durduruldu)\w*"
    ),
    returned=(
        r"sınır dışı edil\w*|iade edil\w*|geri gönderil\w*|(?<!Müdürlüğüne )(?<!İdaresine )(?<!Başkanlığına )(?<!polise )(?<!jandarmaya )teslim edil\w*|kaçırıl\w*|"
        r"sınır dışı et(?:ti|miş)\w*|hudut dışı edil\w*|deport edil\w*|deport et(?:ti|miş)\w*|"
        r"iade et(?:ti|miş)\w*|geri gönder(?:di|miş)\w*|geri döndürül\w*|zorla (?:geri )?(?:gönderil|döndürül|iade|götürül)\w*|"
        r"(?:rusya|belarus|ukrayna)\w*(?:ya|ye|a|e) (?:geri )?(?:gönderil|teslim edil|iade edil|götürül)\w*|ülkeden çıkarıl\w*"
    ),
    died=r"öldü|hayatını kaybetti|cesed\w*|boğul\w*",
    fled=r"kaçtı|kaçan|saklan\w*|yaşıyor",
    leave=r"geçti|geçen|geçerek|uçtu|ayrıldı|terk etti|sınırı geç\w*|gitti|kaçtı",
    arrive=(
        r"uçtu|vardı|ulaştı|geldi|gelen|giriş yaptı|yerleşti|"
        r"ulaşarak|ulaşan\b|ulaşıp|ulaşmış\w*|ulaşmayı başar\w*|varmış\w*|vararak|varan\b|varıp|"
        rf"{_TO} (?:\w+ )?(?:gel(?:miş|erek|ip|ince|dik)|gir(?:di|miş|erek|ip|en)|in(?:di|miş|erek|ip)|sığın(?:dı|mış|arak))\w*|"
        r"ülke\w* gir(?:di|miş|erek|ip|en|dik)\w*|topraklarına (?:\w+ )?(?:gir|ayak bas|ulaş|geç)\w*|ayak bas(?:tı|mış|ar)\w*|"
        r"giriş yap(?:tı|mış|arak|an|ıp)\w*|(?:havalimanına|havaalanına) (?:in|var|ulaş|gel)\w*|iniş yap(?:tı|mış|tık)\w*|"
        r"(?:kendini|kendisini) (?:\w+ ){0,2}?\w+['’]?(?:da|de|ta|te|nda|nde) buld\w*"
    ),
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
