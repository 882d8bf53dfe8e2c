# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Spanish cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:su |la |el |sus |los |las )?(?:propia |propio )?(?:unidad|batallón|cuartel|regimiento|brigada|base|puesto|frente|compañía|guarnición|destacamento|posiciones|posición|trinchera\w*)"

LEXICON = Lexicon(
    lang="es",
    decision=r"decisión|resolución|sentencia|fallo|veredicto|dictamen|decreto",
    says=r"dice|dijo|cuenta|contó|explica|explicó|recuerda|relata|añade",
    desert=(
        r"desert\w*|"
        rf"(?:abandon(?:ó|aron|ado|ada|ar|ando|é|amos)|dej(?:ó|aron|ado|ar|ando|é|amos)|huy(?:ó|eron|endo|ido|e|en) (?:de|del)|huir (?:de|del)|escap(?:ó|aron|ado|ar|ando|é|amos) (?:de|del)|se (?:escapó|escaparon|fugó|fugaron|marchó|marcharon|fue|fueron) (?:de|del)|fugarse (?:de|del)|desapareci(?:ó|eron) (?:de|del)) {_UNIT}|"
        rf"no (?:volvió|regresó|se reincorporó|volvieron|regresaron|se reincorporaron|volví|regresé|se presentó|se presentaron) (?:a|al|a la) {_UNIT}|"
        rf"(?:decidi(?:ó|eron)|optó|optaron|prefirió|prefirieron) no (?:volver|regresar|reincorporarse) (?:a|al|a la) {_UNIT}|"
        r"no (?:volvió|regresó|se reincorporó|volvieron|regresaron|se reincorporaron) (?:de|tras|después de) (?:su |un |sus |unos )?(?:permiso|vacaciones|licencia|baja|hospital)|"
        r"abandono (?:de|del) (?:su )?(?:unidad|puesto|servicio)|ausencia no autorizada|ausent(?:ó|aron|arse) sin permiso|sin permiso de (?:su|sus) (?:superiores|mandos)"
    ),
    draft=(
        r"(?:huy\w*|huir|escap\w*|evadi\w*|evadir\w*|eludi\w*|eludir\w*|evit\w*|esquiv\w*|sustra\w*|rehu\w*|libr\w* de|se libró|librarse) "
        r"(?:de |a )?(?:la |el |una |su )?(?:movilización|reclutamiento|servicio militar|llamamiento|llamada a filas|leva|conscripción|alistamiento|mili\b|incorporación a filas)|"
        r"(?:para )?no ser (?:movilizad\w*|reclutad\w*|llamad\w* a filas|enviad\w* al frente|enviad\w* a la guerra)|"
        r"(?:recibi(?:ó|eron|do)|le llegó|les llegó|llegó) (?:una |la |su )?(?:citación|notificación|orden|carta) (?:de |para )?(?:movilización|reclutamiento|alistamiento|presentarse|incorporación)|"
        r"no se (?:presentó|presentaron|presentaba) (?:en|a|ante) (?:la |el )?(?:oficina|centro|comisaría|comisariado|junta) (?:de (?:reclutamiento|alistamiento)|militar)|"
        r"(?:oficina|centro|junta) de (?:reclutamiento|alistamiento)|comisar(?:ía|iado) militar|llamamiento a filas|llamad[oa]s? a filas|"
        r"se (?:negó|negaron) a (?:luchar|combatir|servir|ir a la guerra|ir al frente|empuñar las armas)|"
        r"prófugo\w*|objetor\w*|insumis\w*|evasor\w* (?:del|de la)|citación\w*|notificación de reclutamiento|orden de (?:presentarse|reclutamiento|movilización)"
    ),
    defect=(
        r"desertó al otro bando|se pas(?:ó|aron|ado) (?:al|a las|a los) (?:otro|bando|lado|filas|enemigo|ucranian\w*)|defecci\w*|"
        r"se (?:rindió|rindieron|entregó|entregaron) (?:voluntariamente|a las (?:fuerzas|tropas)|al ejército|a los soldados)|se rindió|rendirse voluntariamente|rendición voluntaria|"
        r"cambi(?:ó|aron) de bando|tránsfuga\w*|cruz(?:ó|aron) (?:la línea del frente|las líneas)|se (?:unió|unieron) al (?:bando|ejército) (?:ucraniano|contrario|enemigo)"
    ),
    asylum=r"asilo|refugio|refugiad\w*|protección\w*|estatuto de refugiado|estatus de refugiado",
    grant=r"conced\w*|otorg\w*|obtuv\w*|obten\w*|reconoc\w*|le (?:dieron|dio|han dado)|les (?:dieron|dio|han dado)|recibi(?:ó|eron|do) (?:el |la |un |una |su )?(?:asilo|estatus|estatuto|protección|refugio|visa\w*|permiso|residencia)|consigui(?:ó|eron|do) (?:el |la |un |una )?(?:asilo|estatus|estatuto|protección|refugio|visa\w*|visado\w*|permiso|residencia)|aprob\w*|expedi\w*|emitido",
    refuse=r"deneg\w*|rechaz\w*|neg\w*|desestim\w*|inadmiti\w*|inadmisión",
    appeal=r"recurso\w*|recurri\w*|apelación|apel(?:ó|aron|ar)|impugn\w*|solicitud\w*|demanda\w*|petición|reclamación",
    visa=r"visado\w*|visa\b|visas\b|permiso de entrada|autorización de entrada|salvoconducto",
    apply=r"piden|pide|pidieron|han pedido|solicit\w*|pidió|pedido|pedí|pedimos|present(?:ó|aron|ado|ada|ar|a|an|amos|é)\b|pedir|demanda|tramit(?:ó|aron|ar|ando)|formaliz(?:ó|aron|ar)|se registr(?:ó|aron) (?:en|ante|como)|registr(?:ó|aron|ado) (?:en|ante) (?:acnur|la oficina)|acudi(?:ó|eron) a (?:acnur|la oficina|las autoridades)",
    detain=r"detuv\w*|arrest(?:ó|aron|ado|ada|ados|adas)|detenid\w*|arrestad\w*|retenid\w*|bajo custodia|bajo arresto|centros? de (?:detención|internamiento)|cie\b|custodia|encarcelad\w*|interceptad\w*|en prisión preventiva|en la zona de tránsito|(?:atrapad|varad|bloquead)\w* en (?:el|la|un) (?:aeropuerto|zona de tránsito)|prisioner\w* de guerra|cautiverio",
    returned=r"deport(?!aciones)[aóe]\w*|extradit\w*|extradi(?:tó|taron|tar)|extradición|devuelt\w*|devolvi(?:ó|eron) a (?:rusia|ucrania|bielorrusia|su país)|expulsad\w*|(?:lo|le|los|les) (?:expuls|devolv)\w*|entregad\w* a|entreg(?:ó|aron) a (?:rusia|ucrania|bielorrusia|las autoridades|moscú|minsk)|repatriad\w*|repatri(?:ó|aron)|enviad\w* de (?:vuelta|regreso) a|retorno forzoso|devolución forzosa|secuestrad\w*",
    died=r"murió|muerto|fallecid\w*|ahogad\w*|cuerpo\b|cadáver|perdió la vida",
    fled=r"huyó|huido|escapó|escondid\w*|oculto|vive\b",
    leave=(
        r"salimos|salieron|volaron|volamos|viajaron|viajamos|cruzaron|cruzamos|pas(?:ar|ando|ó|aron|amos) por|huy(?:ó|eron|endo)\b|cruzó|cruzado|cruzando|crucé|voló|viajó|partió|partieron|huyó (?:a|hacia)|"
        r"sal(?:ió|ieron|imos|í|ido|ir) (?:de|del) (?:rusia|ucrania|bielorrusia|país|su país|su patria|la federación rusa|territorio ruso)|"
        r"(?:abandon|dej)(?:ó|aron|ar|ado|é|amos) (?:atrás )?(?:rusia|ucrania|bielorrusia|el país|su país|su patria|la federación rusa)|"
        r"(?:huy|hu|se march|se fu|emigr|march)(?:ó|eron|e|aron|endo|ir|ido)? al extranjero|emigr(?:ó|aron|é|amos|ado)\b|"
        r"cruz(?:ó|aron|amos|é|ar|ando) (?:la frontera|a |hacia)|atraves(?:ó|aron|amos|ar|ando) (?:la frontera|el río|a nado|el mar|el bosque)|a nado|nad(?:ó|aron) (?:hasta|hacia|a través)|"
        r"(?:tom|cog)(?:ó|aron|é|amos) (?:un|el) (?:avión|vuelo|autobús|tren|barco|ferry)|subi(?:ó|eron|mos) a (?:un|el) (?:avión|vuelo|autobús|tren|barco|ferry)|embarc(?:ó|aron|amos)|"
        r"vol(?:ó|aron|amos|é) (?:a|hacia|desde|de)|se (?:dirigió|dirigieron|trasladó|trasladaron) (?:a|hacia)|(?:continuó|continuaron|prosiguió|prosiguieron|siguió|siguieron) (?:su (?:viaje|camino|ruta) )?(?:hacia|hasta)|"
        r"abandonó (?:rusia|el país)|tomó un (?:avión|vuelo)|"
        r"(?:logr|consigu)\w* (?:salir|huir|escapar) (?:de|del|a|al)"
    ),
    arrive=r"lleg(?:ó|aron|amos|ué|ado|ada|ados|ando)\b|aterriz(?:ó|aron|amos|é|ado)|alcanz(?:ó|aron|amos|é)|entr(?:ó|aron|amos|é) (?:en|a|al)|ingres(?:ó|aron) (?:en|a|al)|ingresó|pis(?:ó|aron) (?:suelo|territorio)|pisó|desembarc(?:ó|aron|amos)|(?:logr|consigu)\w* (?:llegar|entrar)|acab(?:ó|aron) en (?!prisión|la cárcel)|fue a parar a|fueron a parar a",
    stay=r"se encuentra\w*|actualmente en|sigue en|vivió|vive\b|permaneció|pasó (?:dos|tres|varios|unos)|trabajó|se quedó|residió",
    hypo=r"rara vez|raramente|pidi\w*|pide\w*|reclam\w*|ningún|ninguno|nadie|si\b|podr[íi]\w*|riesgo|arriesg\w*|teme\w*|miedo|evitar|contra|no\b|nunca|posible",
    aggregate=(
        r"^(?:muchos|la mayoría|algunos) |miles|cientos|decenas|más de \d|estadísticas|la mayoría|"
        r"muchos de ellos|cada año|desde el inicio|\d{2,}[\d.]* (?:rusos|hombres|personas|solicitudes)"
    ),
    court=r"condenad\w*|tribunal militar|sentencia",
    nonmil=r"periodista\w*|activista\w*|estudiante\w*|opositor\w*",
    another=r"otr[oa]s? (?:\w+ )?(?:joven|hombre|soldado|militar|desertor|recluta|solicitante|ciudadano|caso|ruso|sirio|ucraniano|bielorruso)\w*|el segundo|otros (?:dos|tres)|(?:dos|tres) otros",
    person=(
        r"soldado\b|militar\b|hombre\b|desertor\b|recluta\b|oficial\b|piloto\b|sargento\b|"
        r"mercenario\b|joven\b|ruso\b|combatiente\b|informático\b|ingeniero\b"
    ),
    people=r"soldados|militares|hombres|desertores|reclutas|guardias|uniformados|efectivos|miembros|marinos|oficiales|cadetes|rusos|ucranianos|mercenarios|personas|ciudadanos|jóvenes|hermanos",
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
