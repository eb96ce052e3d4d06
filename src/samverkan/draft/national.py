"""National bodies of Sweden the genre names without saying what they are.

A page on integration work names state agencies ("Kriminalvården", "Delegationen mot
segregation", "Sida"), national organisations of civil society ("Scouterna", "Läkare i
Världen"), study associations ("Folkuniversitetet", "Bilda") and churches and faith
communities ("Frälsningsarmén", "Katolska kyrkan") by their bare names: no word ending says
what they are, so the drafter's word shapes (``-verket``, ``-myndigheten``, ``-förbundet``)
miss them. These tables list them from general knowledge of Swedish public life (not from
any test page), each with its usual label, an English label and its other written forms.
:mod:`samverkan.draft.lexicon` merges them into its tables of agencies and organisations,
which feed spaCy's phrase matchers (:mod:`samverkan.draft.nlp`).

Two kinds of entries:

- ``*_NAMES``: matched without regard to case (a capital letter is not needed: "hos
  kriminalvården"); only names that are no ordinary Swedish word;
- ``*_CASED``: acronyms and names that are also ordinary words in lower case ("Sida" and
  "sida", "Bilda" and "bilda", "Formas" and "formas"): matched only as written.

Examples
--------
>>> AGENCIES[("kriminalvården",)][1]
'Kriminalvården'
>>> AGENCIES_CASED[("Sida",)][0]
'sida'
>>> CIVIL_SOCIETY[("läkare", "i", "världen")][1]
'Läkare i Världen'
"""

from __future__ import annotations

from samverkan.draft.model import slug

__all__ = ["AGENCIES", "AGENCIES_CASED", "CIVIL_SOCIETY", "CIVIL_SOCIETY_CASED"]

Entry = tuple[str, str, tuple[str, ...]]  # (Swedish label, English label, other forms)

# State agencies (myndigheter) and state bodies that fund or take part in local work. Those the
# drafter's shapes already read ("-verket", "-myndigheten", "Statens X", universities) are
# listed only where another form needs the table (an acronym, a longer official name).
_AGENCY_NAMES: tuple[Entry, ...] = (
    ("Kriminalvården", "Swedish Prison and Probation Service", ()),
    ("Kronofogden", "Swedish Enforcement Authority", ("kronofogdemyndigheten",)),
    ("Lantmäteriet", "Swedish Mapping, Cadastral and Land Registration Authority", ()),
    ("Kammarkollegiet", "Legal, Financial and Administrative Services Agency", ()),
    ("Skolinspektionen", "Swedish Schools Inspectorate", ("statens skolinspektion",)),
    ("Sametinget", "Sami Parliament", ()),
    ("Riksantikvarieämbetet", "Swedish National Heritage Board", ()),
    ("Riksarkivet", "Swedish National Archives", ()),
    ("Riksrevisionen", "Swedish National Audit Office", ()),
    ("Kustbevakningen", "Swedish Coast Guard", ()),
    ("Försvarsmakten", "Swedish Armed Forces", ()),
    ("Vinnova", "Sweden's Innovation Agency", ()),
    ("Vetenskapsrådet", "Swedish Research Council", ()),
    ("Statens kulturråd", "Swedish Arts Council", ("kulturrådet",)),
    ("Konstnärsnämnden", "Swedish Arts Grants Committee", ()),
    ("Barnombudsmannen", "Ombudsman for Children in Sweden", ()),
    ("Diskrimineringsombudsmannen", "Equality Ombudsman", ()),
    ("Justitieombudsmannen", "Parliamentary Ombudsmen", ("riksdagens ombudsmän",)),
    ("Regeringskansliet", "Government Offices of Sweden", ()),
    ("Delegationen mot segregation", "Swedish Agency Against Segregation", ()),
    ("Brottsförebyggande rådet", "Swedish National Council for Crime Prevention", ()),
    ("Centrala studiestödsnämnden", "Swedish Board of Student Finance", ()),
    ("Statistiska centralbyrån", "Statistics Sweden", ()),
    ("Specialpedagogiska skolmyndigheten", "National Agency for Special Needs Education", ()),
    ("Universitets- och högskolerådet", "Swedish Council for Higher Education", ()),
    ("Inspektionen för vård och omsorg", "Health and Social Care Inspectorate", ()),
    ("Inspektionen för socialförsäkringen", "Swedish Social Insurance Inspectorate", ()),
    ("Institutet för språk och folkminnen", "Institute for Language and Folklore", ()),
    ("Myndigheten för delaktighet", "Swedish Agency for Participation", ()),
    (
        "Myndigheten för familjerätt och föräldraskapsstöd",
        "Family Law and Parental Support Authority",
        (),
    ),
    (
        "Myndigheten för samhällsskydd och beredskap",
        "Swedish Civil Contingencies Agency",
        (),
    ),
    ("Myndigheten för stöd till trossamfund", "Agency for Support to Faith Communities", ()),
    (
        "Myndigheten för yrkeshögskolan",
        "Swedish National Agency for Higher Vocational Education",
        (),
    ),
    ("Myndigheten för arbetsmiljökunskap", "Swedish Agency for Work Environment Expertise", ()),
    ("Skolforskningsinstitutet", "Swedish Institute for Educational Research", ()),
    ("Svenska institutet", "Swedish Institute", ()),
    ("Ekonomistyrningsverket", "Swedish National Financial Management Authority", ()),
    (
        "Havs- och vattenmyndigheten",
        "Swedish Agency for Marine and Water Management",
        (),
    ),
    ("Kungliga biblioteket", "National Library of Sweden", ()),
)
_AGENCY_CASED: tuple[Entry, ...] = (
    # ordinary words in lower case: "en sida", "formas", "forte"
    ("Sida", "Swedish International Development Cooperation Agency", ()),
    ("Formas", "Formas (research council)", ()),
    ("Forte", "Forte (research council)", ()),
    # acronyms (only as written: "csn" or "scb" in lower case is no name in a text)
    ("Statistiska centralbyrån", "Statistics Sweden", ("SCB",)),
    ("Centrala studiestödsnämnden", "Swedish Board of Student Finance", ("CSN",)),
    ("Inspektionen för vård och omsorg", "Health and Social Care Inspectorate", ("IVO",)),
    (
        "Myndigheten för samhällsskydd och beredskap",
        "Swedish Civil Contingencies Agency",
        ("MSB",),
    ),
    (
        "Specialpedagogiska skolmyndigheten",
        "National Agency for Special Needs Education",
        ("SPSM",),
    ),
    ("Universitets- och högskolerådet", "Swedish Council for Higher Education", ("UHR",)),
    ("Brottsförebyggande rådet", "Swedish National Council for Crime Prevention", ("Brå",)),
    ("Delegationen mot segregation", "Swedish Agency Against Segregation", ("Delmos",)),
    (
        "Myndigheten för familjerätt och föräldraskapsstöd",
        "Family Law and Parental Support Authority",
        ("MFoF",),
    ),
    ("Myndigheten för stöd till trossamfund", "Agency for Support to Faith Communities", ("SST",)),
    (
        "Myndigheten för yrkeshögskolan",
        "Swedish National Agency for Higher Vocational Education",
        ("MYH",),
    ),
    ("Institutet för språk och folkminnen", "Institute for Language and Folklore", ("Isof",)),
    ("Statens institutionsstyrelse", "National Board of Institutional Care", ("SiS",)),
)

# National organisations of civil society, study associations (studieförbund), churches and
# faith communities, and the bodies of popular education and the social economy.
_CIVIL_SOCIETY_NAMES: tuple[Entry, ...] = (
    # study associations and popular education
    ("Folkuniversitetet", "Folkuniversitetet (study association)", ()),
    ("Studieförbundet Bilda", "Bilda (study association)", ()),
    ("NBV", "NBV (study association)", ("nykterhetsrörelsens bildningsverksamhet",)),
    ("Ibn Rushd", "Ibn Rushd (study association)", ("studieförbundet ibn rushd",)),
    ("Kulturens bildningsverksamhet", "Kulturens (study association)", ()),
    ("Folkbildningsrådet", "Swedish National Council of Adult Education", ()),
    ("Folkbildningsförbundet", "Folkbildningsförbundet (adult education federation)", ()),
    # churches and faith communities
    ("Frälsningsarmén", "Salvation Army", ()),
    ("Katolska kyrkan", "Catholic Church in Sweden", ("katolska kyrkan i sverige",)),
    ("Equmeniakyrkan", "Uniting Church in Sweden", ()),
    ("Evangeliska Fosterlands-Stiftelsen", "EFS (Evangelical mission)", ()),
    ("Svenska Alliansmissionen", "Swedish Alliance Mission", ()),
    ("Sveriges kristna råd", "Christian Council of Sweden", ()),
    ("Sveriges muslimska råd", "Muslim Council of Sweden", ()),
    ("Islamiska förbundet", "Islamic Association in Sweden", ()),
    ("Judiska centralrådet", "Official Council of Swedish Jewish Communities", ()),
    ("Syrisk-ortodoxa kyrkan", "Syriac Orthodox Church", ()),
    # national organisations working with newcomers, children, women and villages
    ("Läkare i Världen", "Doctors of the World Sweden", ()),
    ("Läkare utan gränser", "Doctors Without Borders Sweden", ()),
    ("Amnesty International", "Amnesty International Sweden", ()),
    ("Unicef Sverige", "Unicef Sweden", ("unicef",)),
    ("Unizon", "Unizon (women's shelters)", ()),
    ("Hela Människan", "Hela Människan (church-based social work)", ()),
    ("Hela Sverige ska leva", "All of Sweden Shall Live", ()),
    ("Sveriges Stadsmissioner", "Swedish City Missions", ()),
    ("Kompis Sverige", "Kompis Sverige (newcomer friends)", ()),
    ("Refugees Welcome", "Refugees Welcome", ()),
    ("Erikshjälpen", "Erikshjälpen (children's aid)", ()),
    ("Diakonia", "Diakonia (development organisation)", ()),
    ("Skyddsvärnet", "Skyddsvärnet (social work foundation)", ()),
    ("Mentor Sverige", "Mentor Sweden", ()),
    ("Svenskt Näringsliv", "Confederation of Swedish Enterprise", ()),
    ("Famna", "Famna (non-profit health and social care)", ()),
    ("Coompanion", "Coompanion (cooperative development)", ()),
    ("Riksidrottsförbundet", "Swedish Sports Confederation", ()),
    ("Svenska Röda Korset", "Swedish Red Cross", ()),
)
_CIVIL_SOCIETY_CASED: tuple[Entry, ...] = (
    # ordinary words in lower case: "bilda en förening", "scouterna i byn", "korpen"
    ("Studieförbundet Bilda", "Bilda (study association)", ("Bilda",)),
    ("Scouterna", "Scouterna (Guides and Scouts of Sweden)", ()),
    ("Korpen", "Korpen (recreational sports)", ()),
    # acronyms
    ("Evangeliska Fosterlands-Stiftelsen", "EFS (Evangelical mission)", ("EFS",)),
    ("ROKS", "National Organisation for Women's and Girls' Shelters", ()),
    ("BRIS", "BRIS (Children's Rights in Society)", ()),
    ("LO", "Swedish Trade Union Confederation", ()),
    ("TCO", "Swedish Confederation of Professional Employees", ()),
    ("Saco", "Swedish Confederation of Professional Associations", ()),
    ("KFUM", "YMCA Sweden", ()),
)


def _table(entries: tuple[Entry, ...], cased: bool) -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Name forms (words, lower case unless ``cased``) -> (slug, Swedish label, English)."""
    out: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for sv, en, forms in entries:
        names = forms if cased else (sv, *forms)
        for name in names:
            words = tuple(name.split() if cased else name.lower().split())
            out.setdefault(words, (slug(sv), sv, en))
    if cased:  # a cased entry without other forms is matched by its label as written
        for sv, en, forms in entries:
            if not forms:
                out.setdefault(tuple(sv.split()), (slug(sv), sv, en))
    return out


AGENCIES = _table(_AGENCY_NAMES, cased=False)
AGENCIES_CASED = _table(_AGENCY_CASED, cased=True)
CIVIL_SOCIETY = _table(_CIVIL_SOCIETY_NAMES, cased=False)
CIVIL_SOCIETY_CASED = _table(_CIVIL_SOCIETY_CASED, cased=True)
