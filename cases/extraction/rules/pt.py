# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Portuguese cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:a sua |sua |o seu |seu |a |o |os seus |as suas )?(?:própria |próprio )?(?:unidade|batalhão|quartel|regimento|brigada|base|posto|companhia|guarnição|destacamento|posições|posição|trincheira\w*|frente)"

LEXICON = Lexicon(
    lang="pt",
    decision=r"decisão|sentença|acórdão|veredicto|veredito|despacho|decreto",
    says=r"diz|disse|conta|contou|afirma|afirmou|explica|explicou|lembra|recorda|acrescenta",
    desert=(
        r"desert\w*|"
        rf"(?:abandon(?:ou|aram|ado|ada|ar|ando|ei|amos)|deix(?:ou|aram|ado|ar|ando|ei|amos)|fug(?:iu|iram|ido|ir|indo|i|imos) d[ao]s?|escap(?:ou|aram|ado|ar|ando|ei|amos) d[ao]s?|desapareceu d[ao]) {_UNIT}|"
        rf"não (?:voltou|regressou|retornou|voltaram|regressaram|retornaram|se apresentou|se apresentaram|voltei|regressei) (?:à|ao|para a|para o|às|aos|para) {_UNIT}|"
        rf"(?:decidiu|decidiram|optou|optaram|preferiu|preferiram) não (?:voltar|regressar|retornar) (?:à|ao|para a|para o|para) {_UNIT}|"
        r"não (?:voltou|regressou|retornou|voltaram|regressaram|retornaram) (?:da|de|do|depois da|após a) (?:sua )?(?:licença|folga|férias|hospital|baixa)|"
        r"abandono (?:de|da|do) (?:sua |seu )?(?:unidade|posto|serviço)|ausência não autorizada|ausência sem licença|sem autorização dos (?:seus )?(?:superiores|comandantes)"
    ),
    draft=(
        r"(?:fug\w*|escap\w*|evadi\w*|evadir|evit\w*|esquiv\w*|furt\w*|livr\w*|safar\w*) "
        r"(?:d[ao] |à |ao |de |a )?(?:mobilização|recrutamento|serviço militar|alistamento|convocação|conscrição|convocatória|tropa\b)|"
        r"(?:para )?não ser (?:mobilizad\w*|recrutad\w*|convocad\w*|enviad\w* para a (?:frente|guerra))|"
        r"(?:recebeu|receberam|recebido|recebi|chegou-lhe) (?:uma |a |sua |o |um )?(?:convocatória|convocação|notificação|ordem|aviso|intimação) (?:de |para )?(?:mobilização|recrutamento|alistamento|se apresentar|apresentação)|"
        r"não se (?:apresentou|apresentaram) (?:n[oa]|a[o]?|perante o) (?:gabinete|centro|escritório|comissariado|posto) (?:de (?:recrutamento|alistamento)|militar)|"
        r"(?:gabinete|centro|escritório|posto) de (?:recrutamento|alistamento)|comissariado militar|"
        r"(?:se )?recus(?:ou|aram)(?:-se)? a (?:lutar|combater|servir|ir para a guerra|ir para a frente|pegar em armas)|"
        r"convocatória|convocação|notificação de alistamento|objetor\w*|insubmis\w*|refratári\w*"
    ),
    defect=(
        r"desertou para o outro lado|passou para o (?:outro lado|lado)|passaram para o (?:outro lado|lado)|defecç\w*|deserção para|rendeu-se|se rendeu|renderam-se|se renderam|"
        r"entregou-se (?:voluntariamente|às (?:forças|tropas)|ao exército)|entregaram-se (?:voluntariamente|às (?:forças|tropas)|ao exército)|rendição voluntária|"
        r"mud(?:ou|aram) de lado|troc(?:ou|aram) de lado|atravess(?:ou|aram) a linha da frente|juntou-se (?:ao exército|às forças) ucranian\w*"
    ),
    asylum=r"asilo|refúgio|refugio|refugiad\w*|proteção\w*|estatuto de refugiado|status de refugiado",
    grant=r"concedid\w*|conced\w*|obteve|obtiveram|obtido|obtida|conseguiu|conseguiram|reconhec\w*|recebeu|receberam|recebido|aprovad\w*|aprov(?:ou|aram)|emitid\w*|atribuíd\w*|atribu(?:iu|íram)|deferid\w*|defer(?:iu|iram)|outorg\w*",
    refuse=r"negad\w*|neg\w*|recusad\w*|recus(?:ou|aram)|rejeit\w*|indeferid\w*|indefer(?:iu|iram)|inadmiti\w*",
    appeal=r"recurso\w*|recorr\w*|apelação|apel(?:ou|aram|ar)|impugn\w*|pedido\w*|requerimento\w*|petição|processo judicial|ação judicial",
    visa=r"vistos?\b|visto humanitário|autorização de entrada|salvo-conduto",
    apply=r"pediu|pedido|solicit\w*|requer\w*|apresentou|formalizou|pedir|pediram|apresentaram|formalizaram|deu entrada|deram entrada",
    detain=r"detid\w*|deti(?:veram|ve)|preso\b|presos\b|presa\b|prend(?:eu|eram)|retid\w*|sob custódia|centros? de (?:detenção|acolhimento temporário|instalação temporária)|custódia|encarcerad\w*|intercetad\w*|interceptad\w*|na zona de trânsito|(?:retid|bloquead|presos?)\w* (?:n[oa]|em) (?:aeroporto|zona de trânsito)|prisioneir\w* de guerra|cativeiro",
    returned=r"deportad\w*|deport(?:ou|aram)|deportação|extraditad\w*|extradit(?:ou|aram)|extradição|devolvid\w*|devolv(?:eu|eram) (?:à|para a) (?:rússia|ucrânia|bielorrússia)|expulso\w*|expuls(?:ou|aram|ad\w*)|entregue a|entregues a|entreg(?:ou|aram) (?:à|às) (?:rússia|autoridades)|repatriad\w*|repatri(?:ou|aram)|enviad\w* de volta|mandad\w* de volta|retorno forçado|sequestrad\w*|reenviad\w*",
    died=r"morreu|morto|falecid\w*|afogad\w*|corpo\b|cadáver|perdeu a vida",
    fled=r"fugiu|fugido|escapou|escondid\w*|vive\b",
    leave=(
        r"saíram|saímos|voaram|viajaram|atravessaram|cruzaram|pass(?:ou|aram|ando|ámos) por|fugiu|fugiram|atravessou|cruzou|voou|viajou|partiu|partiram|fugiu para|embarcou|embarcaram|apanhou um|"
        r"sa(?:iu|íram|ímos|í|ir|indo) d[aoe] (?:rússia|país|ucrânia|bielorrússia|seu país|sua pátria|federação russa|território russo)|"
        r"(?:deix|abandon)(?:ou|aram|ar|ado|ei|ámos|amos) (?:para trás )?(?:a rússia|o país|a ucrânia|a bielorrússia|o seu país|seu país|a sua pátria|sua pátria)|"
        r"(?:fugiu|fugiram|fugir|foi|foram|emigrou|emigraram|partiu|partiram) para o (?:estrangeiro|exterior)|emigr(?:ou|aram|ei|ámos|ado)\b|"
        r"(?:atravess|cruz)(?:ou|aram|ámos|ei|ar|ando) a fronteira|(?:atravess|cruz)(?:ou|aram|ámos|ei|ar|ando) (?:o rio|o mar|a nado)|a nado|nad(?:ou|aram) até|"
        r"(?:apanh|tom|peg)(?:ou|aram|ei|ámos|amos) (?:um|o) (?:avião|voo|autocarro|ônibus|comboio|trem|barco|ferry)|embarc(?:ou|aram|ámos) (?:num|no|em|para)|"
        r"vo(?:ou|aram|ámos|ei) (?:para|de|desde)|dirig(?:iu|iram)-se (?:para|a)|seguiu (?:viagem )?para|seguiram (?:viagem )?para|prosseguiu (?:viagem )?para|"
        r"(?:conseguiu|conseguiram) (?:sair|fugir|escapar) (?:d[aoe]|para)"
    ),
    arrive=r"chegaram|chegamos|chegámos|chegou|cheguei|chegad\w*|chegando|aterr(?:ou|aram|ámos|issou|issaram)|desembarc(?:ou|aram|ámos)|entr(?:ou|aram|ámos|ei) (?:em|no|na|nos|nas)|alcanç(?:ou|aram)|(?:conseguiu|conseguiram) (?:chegar|entrar)|acab(?:ou|aram) (?:por ficar )?(?:em|no|na) (?!prisão)|foi parar|foram parar",
    stay=r"encontra-se|está atualmente|continua em|permanece|viveu|vive\b|ficou|permaneceu|passou (?:dois|três|vários|alguns|duas)|trabalhou|morou",
    hypo=r"raramente|pediu|pede\w*|reclam\w*|nenhum|ninguém|não|se\b|poderi\w*|pode\b|risco|arrisc\w*|teme\w*|medo|evitar|contra|não\b|nunca|possível",
    aggregate=(
        r"^(?:muitos|a maioria|alguns) |milhares|centenas|dezenas|mais de \d|estatísticas|a maioria|"
        r"muitos deles|todos os anos|desde o início|\d{2,}[\d.]* (?:russos|homens|pessoas|pedidos)"
    ),
    court=r"condenad\w*|tribunal militar|sentença",
    nonmil=r"jornalista\w*|ativista\w*|estudante\w*|opositor\w*",
    another=r"outr[oa]s? (?:\w+ )?(?:jovem|homem|soldado|militar|desertor|recruta|requerente|cidadão|caso|russo|sírio|ucraniano|bielorrusso)\w*|o segundo|outros (?:dois|três)",
    person=(
        r"soldado\b|militar\b|homem\b|desertor\b|recruta\b|oficial\b|piloto\b|sargento\b|"
        r"mercenário\b|jovem\b|russo\b|ucraniano\b|combatente\b|programador\b|engenheiro\b"
    ),
    people=r"soldados|militares|homens|desertores|recrutas|guardas|fardados|integrantes|membros|marinheiros|oficiais|cadetes|russos|ucranianos|mercenários|pessoas|cidadãos|jovens",
    pronoun=r"ele|lhe|o seu|seu|sua|dele",
    they=r"eles|os (?:dois|três|quatro|cinco|seis|homens|soldados)",
    ranks=r"capitão|tenente|comandante|coronel|sargento|cabo|soldado|desertor|piloto|oficial",
    pseudonym=r"que se apresenta como|chama-se|pediu para ser identificado (?:apenas )?como|a quem chamaremos",
    name_changed=r"(?:o )?nome é fictício|nome (?:foi )?(?:alterado|trocado)|nome (?:fictício|alterado|trocado)|não é o seu nome verdadeiro|pseudónimo|pseudônimo",
    age_after=r",\s*(?:de\s+)?\d{2}\s*(?:anos\b|[,.)])",
    age_before="",
    roles={
        "conscript": r"recruta\w*|serviço militar obrigatório|conscrit\w*",
        "contract": r"contratad\w*|sob contrato|com contrato|soldado profissional|assinou (?:um )?contrato",
        "mobilised": r"mobilizad\w*",
        "officer": r"oficial\b|oficiais|tenente|capitão|comandante|coronel",
        "mercenary": r"mercenári\w*|empresa militar privada",
    },
    numbers={
        "um": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "onze": 11,
        "doze": 12,
        "ambos": 2,
    },
    months=(
        r"janeiro",
        r"fevereiro",
        r"março",
        r"abril",
        r"maio",
        r"junho",
        r"julho",
        r"agosto",
        r"setembro",
        r"outubro",
        r"novembro",
        r"dezembro",
    ),
    seasons={r"primavera": 21, r"verão": 22, r"outono": 23, r"inverno": 24},
    last=r"passad[oa]|anterior|últim[oa]",
    this=r"est[ea]",
    last_year=r"o ano passado|do ano passado|no ano passado|há um ano|o ano anterior",
    this_year=r"este ano|deste ano",
    last_month=r"o mês passado|no mês passado|há um mês",
    yesterday=r"ontem",
    last_week=r"na semana passada|há uma semana|esta semana|nesta semana",
    ago=r"há (?P<n>um|dois|três|quatro|cinco|seis|sete|oito|nove|dez|\d+) (?:(?P<month>mês|meses)|(?P<year>anos?))",
    same_day=r"no mesmo dia|nesse mesmo dia|na mesma noite",
    same_month=r"no mesmo mês|nesse mesmo mês",
)
