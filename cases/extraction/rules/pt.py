# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Portuguese cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:a sua |sua |o seu |seu |a |o )?(?:unidade|batalhão|quartel|regimento|brigada|base|posto)"

LEXICON = Lexicon(
    lang="pt",
    decision=r"decisão|sentença|acórdão",
    says=r"diz|disse|conta|contou|afirma|afirmou|explica|explicou|lembra|recorda|acrescenta",
    desert=(
        r"desert\w*|"
        rf"(?:abandonou|abandonado|abandonar|deixou|fugiu d[ao]) {_UNIT}|"
        rf"não (?:voltou|regressou|retornou) (?:à|ao|para a|para o) {_UNIT}"
        r"|não (?:voltou|regressou|retornou) (?:da|de) (?:licença|folga)"
    ),
    draft=(
        r"(?:fug\w*|escap\w*|evadi\w*|evitar|evitando|escapar|fugindo|esquivar) "
        r"(?:d[ao] |à |ao |de )?(?:mobilização|recrutamento|serviço militar|alistamento|convocação|conscrição)|"
        r"convocatória|convocação|notificação de alistamento|objetor\w*"
    ),
    defect=r"desertou para o outro lado|passou para o (?:outro lado|lado)|defecç\w*|deserção para|rendeu-se|se rendeu",
    asylum=r"asilo|refúgio|refugio|refugiad\w*|proteção\w*|estatuto de refugiado|status de refugiado",
    grant=r"concedid\w*|concede\w*|obteve|obtido|reconhec\w*|recebeu|aprovad\w*|emitid\w*|atribuíd\w*|deferid\w*",
    refuse=r"negad\w*|neg\w*|recusad\w*|rejeitad\w*|indeferid\w*",
    appeal=r"recurso\w*|apelação|pedido\w*",
    visa=r"vistos?\b|visto humanitário|autorização de entrada",
    apply=r"pediu|pedido|solicit\w*|requer\w*|apresentou|formalizou|pedir",
    detain=r"detid\w*|preso\b|presos\b|retid\w*|sob custódia|centros? de (?:detenção|acolhimento temporário)|custódia",
    returned=r"deportad\w*|deportação|extraditad\w*|extradição|devolvid\w*|expulso\w*|entregue a|sequestrad\w*|reenviad\w*",
    died=r"morreu|morto|falecid\w*|afogad\w*|corpo\b|cadáver|perdeu a vida",
    fled=r"fugiu|fugido|escapou|escondid\w*|vive\b",
    leave=r"saíram|saímos|voaram|viajaram|atravessaram|cruzaram|pass(?:ou|aram|ando|ámos) por|fugiu|fugiram|saiu d[aoe] (?:rússia|país|ucrânia)|deixou (?:a rússia|o país|a ucrânia)|atravessou|cruzou|voou|viajou|partiu|fugiu para|embarcou|apanhou um",
    arrive=r"chegaram|chegamos|chegou|chegad\w*|aterrou|aterrissou|desembarcou|entrou (?:em|no|na)|alcançou",
    stay=r"encontra-se|está atualmente|continua em|permanece|viveu|vive\b|ficou|permaneceu|passou (?:dois|três|vários|alguns|duas)|trabalhou|morou",
    hypo=r"pediu|pede\w*|reclam\w*|nenhum|ninguém|não|se\b|poderi\w*|pode\b|risco|arrisc\w*|teme\w*|medo|evitar|contra|não\b|nunca|possível",
    aggregate=(
        r"^(?:muitos|a maioria|alguns) |milhares|centenas|dezenas|mais de \d|estatísticas|a maioria|"
        r"muitos deles|todos os anos|desde o início|\d{2,}[\d.]* (?:russos|homens|pessoas|pedidos)"
    ),
    court=r"condenad\w*|tribunal militar|sentença",
    nonmil=r"jornalista\w*|ativista\w*|estudante\w*|opositor\w*",
    another=r"outro\b|outra\b|o segundo|outros (?:dois|três)",
    person=(
        r"soldado\b|militar\b|homem\b|desertor\b|recruta\b|oficial\b|piloto\b|sargento\b|"
        r"mercenário\b|jovem\b|russo\b|ucraniano\b|combatente\b|programador\b|engenheiro\b"
    ),
    people=r"soldados|militares|homens|desertores|recrutas|russos|ucranianos|mercenários|pessoas|cidadãos|jovens",
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
