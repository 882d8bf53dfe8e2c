# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Spanish cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:su |la |el |sus )?(?:unidad|batallón|cuartel|regimiento|brigada|base|puesto|frente)"

LEXICON = Lexicon(
    lang="es",
    decision=r"decisión|resolución|sentencia|fallo",
    says=r"dice|dijo|cuenta|contó|explica|explicó|recuerda|relata|añade",
    desert=(
        r"desert\w*|"
        rf"(?:abandonó|abandonado|abandonar|dejó|dejado|huyó de|escapó de) {_UNIT}|"
        rf"no (?:volvió|regresó|se reincorporó) a {_UNIT}"
        r"|no (?:volvió|regresó|se reincorporó) (?:de|tras) (?:su |un )?permiso"
    ),
    draft=(
        r"(?:huy\w*|escap\w*|evadi\w*|eludi\w*|evitar|esquivar|sustraerse|rehuir) "
        r"(?:de |a )?(?:la |el )?(?:movilización|reclutamiento|servicio militar|llamamiento|leva|conscripción)|"
        r"prófugo\w*|objetor\w*|citación\w*|notificación de reclutamiento|orden de (?:presentarse|reclutamiento)"
    ),
    defect=r"desertó al otro bando|se pasó al (?:otro|bando)|defecci\w*|se rindió|rendirse voluntariamente|cambió de bando",
    asylum=r"asilo|refugio|refugiad\w*|protección\w*|estatuto de refugiado",
    grant=r"concedi\w*|otorg\w*|obtuv\w*|obten\w*|reconoci\w*|recibió (?:el |la |un |una )?(?:asilo|estatus|estatuto|protección|refugio|visa\w*|permiso|residencia)|aprob\w*|expedido|emitido",
    refuse=r"deneg\w*|rechaz\w*|neg\w*|desestim\w*",
    appeal=r"recurso\w*|apelación|solicitud\w*|demanda\w*",
    visa=r"visado\w*|visa\b|visas\b|permiso de entrada",
    apply=r"piden|pide|pidieron|han pedido|solicit\w*|pidió|pedido|presentó|presentado|pedir|demanda",
    detain=r"detuv\w*|arrest(?:ó|aron)|detenid\w*|arrestad\w*|retenid\w*|bajo custodia|centros? de (?:detención|internamiento)|cie\b|custodia",
    returned=r"deport(?!aciones)[aóe]\w*|extraditad\w*|extradición|devuelt\w*|expulsad\w*|entregad\w* a|secuestrad\w*",
    died=r"murió|muerto|fallecid\w*|ahogad\w*|cuerpo\b|cadáver|perdió la vida",
    fled=r"huyó|huido|escapó|escondid\w*|oculto|vive\b",
    leave=r"salimos|salieron|volaron|volamos|viajaron|viajamos|cruzaron|cruzamos|pas(?:ar|ando|ó|aron|amos) por|huy(?:ó|eron|endo)\b|salió de (?:rusia|su país|ucrania)|abandonó (?:rusia|el país)|cruzó|cruzado|voló|viajó|partió|huyó (?:a|hacia)|tomó un (?:avión|vuelo)",
    arrive=r"llegaron|llegamos|aterrizaron|llegó|llegado|aterrizó|alcanzó|entró en|ingresó|pisó",
    stay=r"se encuentra\w*|actualmente en|sigue en|vivió|vive\b|permaneció|pasó (?:dos|tres|varios|unos)|trabajó|se quedó|residió",
    hypo=r"pidi\w*|pide\w*|reclam\w*|ningún|ninguno|nadie|si\b|podr[íi]\w*|riesgo|arriesg\w*|teme\w*|miedo|evitar|contra|no\b|nunca|posible",
    aggregate=(
        r"^(?:muchos|la mayoría|algunos) |miles|cientos|decenas|más de \d|estadísticas|la mayoría|"
        r"muchos de ellos|cada año|desde el inicio|\d{2,}[\d.]* (?:rusos|hombres|personas|solicitudes)"
    ),
    court=r"condenad\w*|tribunal militar|sentencia",
    nonmil=r"periodista\w*|activista\w*|estudiante\w*|opositor\w*",
    another=r"otro\b|otra\b|el segundo|otros (?:dos|tres)|(?:dos|tres) otros",
    person=(
        r"soldado\b|militar\b|hombre\b|desertor\b|recluta\b|oficial\b|piloto\b|sargento\b|"
        r"mercenario\b|joven\b|ruso\b|combatiente\b|informático\b|ingeniero\b"
    ),
    people=r"soldados|militares|hombres|desertores|reclutas|rusos|ucranianos|mercenarios|personas|ciudadanos|jóvenes|hermanos",
    pronoun=r"él|le|lo|su|se",
    they=r"ellos|los (?:dos|tres|cuatro|cinco|seis|hombres|soldados)",
    ranks=r"capitán|teniente|comandante|coronel|sargento|cabo|soldado|desertor|piloto|oficial",
    pseudonym=r"se hace llamar|se llama|al que llamaremos|pidió ser identificado como|dice llamarse",
    name_changed=r"nombre (?:ficticio|cambiado|modificado)|no es su nombre real|seudónimo",
    age_after=r",\s*(?:de\s+)?\d{2}\s*(?:años\b|[,.)])",
    age_before="",
    roles={
        "conscript": r"recluta\w*|servicio militar obligatorio|conscript\w*|soldado de reemplazo",
        "contract": r"con contrato|bajo contrato|contratado|soldado profesional|firmó un contrato",
        "mobilised": r"movilizad\w*",
        "officer": r"oficial\b|oficiales|teniente|capitán|comandante|coronel",
        "mercenary": r"mercenari\w*|compañía militar privada",
    },
    numbers={
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "ambos": 2,
    },
    months=(
        r"enero",
        r"febrero",
        r"marzo",
        r"abril",
        r"mayo",
        r"junio",
        r"julio",
        r"agosto",
        r"septiembre|setiembre",
        r"octubre",
        r"noviembre",
        r"diciembre",
    ),
    seasons={r"primavera": 21, r"verano": 22, r"otoño": 23, r"invierno": 24},
    last=r"pasad[oa]|anterior|últim[oa]",
    this=r"est[ea]",
    last_year=r"el año pasado|del año pasado|hace un año|el año anterior",
    this_year=r"este año|de este año",
    last_month=r"el mes pasado|hace un mes",
    yesterday=r"ayer",
    last_week=r"la semana pasada|hace una semana|esta semana",
    ago=r"hace (?P<n>un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) (?:(?P<month>mes(?:es)?)|(?P<year>años?))",
    same_day=r"el mismo día|ese mismo día|esa misma noche",
    same_month=r"el mismo mes|ese mismo mes",
)
