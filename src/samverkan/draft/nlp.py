"""The language pipeline: a blank Swedish spaCy pipeline with rule-based matchers.

``spacy.blank("sv")`` gives spaCy's Swedish tokenizer and nothing that needs a model
download. On it the drafter runs a :class:`spacy.matcher.PhraseMatcher` for names (the 290
municipalities in every form texts use, county boards, agencies, EU funds, associations)
and a :class:`spacy.matcher.Matcher` for word shapes (departments ending in
``-förvaltningen``, posts ending in ``-koordinator``, companies ending in ``AB``). Sentences
end at ``.``, ``!``, ``?`` and at line breaks (headings and list items are their own lines).
The names it reads from the reference data are :mod:`samverkan.draft.reference_names`'s.

Examples
--------
>>> doc = parse("Lunds kommun anställde en inkluderingskoordinator.")
>>> [(m.label, doc[m.start:m.end].text) for m in matches(doc)]
[('MUNI|1281|full', 'Lunds kommun'), ('POST', 'inkluderingskoordinator')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from samverkan.draft import lexicon
from samverkan.draft.reference_names import (
    _COMPASS,
    _DIRECTIONS,
    _county_names,
    _genitive,
    _provinces,
    _reference_names,
    _with_genitives,
    municipality_short_names,
    place_names,
    region_forms,
    region_names,
)

__all__ = ["Match", "matches", "name_spans", "parse", "pipeline"]


#: Words a company's name ends in when it says what the company does: a shop, a dairy, a
#: bakery, a haulier, a staffing firm (capitalised, after the name's first word).
_TRADE_ENDINGS = r"^\w*(mejeri|livs|transport|bemanning|bageri|åkeri|snickeri|bilservice)$"


@dataclass(frozen=True)
class Match:
    """A token span the rules recognised, with what it is (``KIND|key|form``)."""

    label: str
    start: int
    end: int


# the people of a place an association may be named after: "Föreningen Slottsparkens vänner",
# "Föreningen Ljusnedalens kvinnor"
#: adjectives that name the whole of a municipality's or region's administration, not one
#: department: "den kommunala förvaltningen"
_WHOLE_ADJECTIVES = ["centrala", "kommunala", "regionala", "lokala", "statliga", "offentliga"]
_PEOPLE_OF_A_PLACE = ["vänner", "kvinnor", "män", "unga", "ungdomar", "föräldrar", "seniorer"]


def _not_ending(endings) -> str:
    """A regex for a word that ends in none of ``endings``."""
    return r"^(?!.*(" + "|".join(map(re.escape, endings)) + r")$)"


@lru_cache(maxsize=1)
def pipeline():
    """The spaCy pipeline and its two matchers, built once per process."""
    import numpy
    import spacy
    from spacy.attrs import SENT_START
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher

    nlp = spacy.blank("sv")

    if "samverkan_sentences" not in Language.factories:

        @Language.component("samverkan_sentences")
        def _sentences(doc):
            starts = [1]
            for i in range(1, len(doc)):
                previous, token = doc[i - 1], doc[i]
                start = (
                    "\n" in previous.text
                    or (
                        previous.text in {".", "!", "?"}
                        and (token.is_title or token.is_digit or token.is_upper)
                    )
                    or "\n" in token.text
                )
                starts.append(1 if start else -1)
            if len(doc):
                # set at once: setting ``token.is_sent_start`` one by one reads the whole
                # document again for each token (spaCy checks it for a parse first)
                values = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
                doc.from_array([SENT_START], values)
            return doc

    nlp.add_pipe("samverkan_sentences")
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    munis, counties = _reference_names()
    for code, (short, official) in munis.items():
        gen = _genitive(short)
        names.add(
            f"MUNI|{code}|full",
            [
                nlp.make_doc(official),
                nlp.make_doc(f"{gen} stad"),
                nlp.make_doc(f"{gen} kommuner"),
                # as the municipalities write themselves: "Göteborgs Stad", "Lunds Kommun"
                nlp.make_doc(f"{gen} Stad"),
                nlp.make_doc(f"{gen} Kommun"),
                # a city is a municipality too: "Haparanda kommun" for "Haparanda stad"
                *([nlp.make_doc(f"{gen} kommun")] if official != f"{gen} kommun" else []),
            ],
        )
        names.add(f"MUNI|{code}|bare", [nlp.make_doc(short)])
        names.add(f"MUNI|{code}|genitive", [nlp.make_doc(gen)] if gen != short else [])
    for code, (short, name) in counties.items():
        stem = short[:-1] if short.endswith("s") and not short.endswith("ss") else short
        forms = [
            f"länsstyrelsen {stem}",
            f"länsstyrelsen i {stem}",
            f"länsstyrelsen i {name}",
            f"länsstyrelsen {short}",
            f"länsstyrelsen i {short}",
            f"länsstyrelsen {name}",
        ]
        lower.add(f"BOARD|{code}|full", [nlp.make_doc(f.lower()) for f in forms])
    lower.add("BOARD|page|bare", [nlp.make_doc("länsstyrelsen"), nlp.make_doc("länsstyrelsens")])
    _county_names()  # read once with the pipeline, not during a draft
    for code, (name, _en) in region_names().items():
        names.add(f"REGION|{code}|full", [nlp.make_doc(f) for f in region_forms(code, name)])
    names.add("REGION|page|bare", [nlp.make_doc(f) for f in lexicon.REGION_BARE])
    for matcher, kind, table in (
        (lower, "AGENCY", lexicon.AGENCIES),
        (lower, "EUFUND", lexicon.EU_FUNDS),
        (lower, "ASSOC", lexicon.MUNICIPAL_ASSOCIATIONS),
        (lower, "CSO", lexicon.CIVIL_SOCIETY),
        # acronyms and names that are ordinary words in lower case ("Sida"): as written
        (names, "AGENCY", lexicon.AGENCIES_CASED),
        (names, "CSO", lexicon.CIVIL_SOCIETY_CASED),
    ):
        for words, (slug, _sv, _en) in table.items():
            matcher.add(
                f"{kind}|{slug}|{'_'.join(words)}",
                [nlp.make_doc(" ".join(w)) for w in _with_genitives(words)],
            )
    for words in lexicon.UNIT_WORDS:
        lower.add(f"UNITWORD|{words}|", [nlp.make_doc(words)])
    for words, definite in lexicon.UNIT_WORDS_INDEFINITE.items():
        # "kommunens vuxenutbildning": the possessive is checked where the match is read
        lower.add(f"UNITWORD|{definite}|indefinite", [nlp.make_doc(words)])
    for word, (slug, _en) in lexicon.GROUP_WORDS.items():
        lower.add(f"GROUP|{slug}|{word}", [nlp.make_doc(word)])
    lower.add("GROUP|aktorer-i-civilsamhallet|", [nlp.make_doc("aktörer i civilsamhället")])
    lower.add(
        "CONSULT|extern-konsult|",
        [nlp.make_doc("extern konsult"), nlp.make_doc("externa konsulter")],
    )

    shapes = Matcher(nlp.vocab)
    word = {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False}
    # "enheten för ...", "avdelningen för ...", and in other organisation styles "sektor(n)
    # för ...", "en förvaltning för ..."
    unit_head = {"LOWER": {"IN": sorted(lexicon.UNIT_OF_HEADS)}}
    # an adjective before the service: "enheten för ekonomiskt bistånd", "enheten för social
    # utveckling", "avdelningen för regional utveckling"
    adjective = {"IS_LOWER": True, "LOWER": {"REGEX": r"\w{3,}(iskt?|iska|ellt?|ella|alt?|ala)$"}}
    # a participle before a noun: "enheten för förebyggande arbete", "enheten för uppsökande
    # verksamhet", not before a verb ("enhet för mottagande tar emot", "... erbjuder"; round 59
    # of learning)
    participle = {"IS_LOWER": True, "LOWER": {"REGEX": r"\w{3,}(ande|ende)$"}}
    noun = dict(word, LOWER={"REGEX": r"^(?!\w*(ar|er|ir|år|ör)$)\w{4,}$"})
    named_service = {
        "IS_TITLE": True,
        "IS_ALPHA": True,
        "IS_STOP": False,
        "ORTH": {"NOT_IN": sorted(place_names())},
    }
    shapes.add(
        "DEPT_OF",
        [
            [unit_head, {"LOWER": "för"}, word],
            [unit_head, {"LOWER": "för"}, word, {"LOWER": "och"}, word],
            [unit_head, {"LOWER": "för"}, adjective, word],
            [unit_head, {"LOWER": "för"}, participle, noun],
            # "sektorn för utbildning, kultur och fritid"
            [unit_head, {"LOWER": "för"}, word, {"ORTH": ","}, word, {"LOWER": "och"}, word],
            # a sector named by its services without "för": "sektor arbete och lärande",
            # "sektor Lärande"
            [{"LOWER": "sektor"}, word, {"LOWER": "och"}, word],
            [{"LOWER": "sektor"}, named_service],
        ],
    )
    # a unit named by its own name in capitals: "enheten Arbete och integration"
    shapes.add(
        "UNITNAME",
        [[{"LOWER": {"IN": ["enheten", "enhet"]}}, named_service, {"LOWER": "och"}, word]],
    )
    # a department named by its services in capitals, without a department word, after a
    # preposition: "två konsulenter från Arbete och Välfärd", "på Vård och omsorg"
    service = {"LOWER": {"IN": sorted(lexicon.DEPARTMENT_NAME_WORDS)}}
    shapes.add(
        "DEPTNAME",
        [
            [
                {"LOWER": {"IN": ["från", "på", "inom", "vid", "hos"]}},
                {**service, "IS_TITLE": True},
                {"LOWER": "och"},
                service,
            ],
            # a department named by its own name after its head word: "förvaltningen Lärande
            # och arbete" (as "enheten Arbete och integration" names a unit)
            [
                {"LOWER": {"IN": ["förvaltningen", "sektorn"]}},
                named_service,
                {"LOWER": "och"},
                word,
            ],
        ],
    )
    # a school or a service of the municipality named by its own name: "Ekenskolan",
    # "Charlottenborgs skola", "Öppna förskolan Lugnet", "fritidsgården Tornet"
    shapes.add(
        "SCHOOL",
        [
            [
                {
                    "IS_TITLE": True,
                    "LOWER": {
                        "REGEX": r"^\w{2,}(skolan|gymnasiet)$",
                        "NOT_IN": sorted(lexicon.NOT_SCHOOLS),
                    },
                }
            ],
            [
                {"IS_TITLE": True, "IS_STOP": False, "IS_ALPHA": True},
                # "Charlottenborgs skola", "Frövi fritidsgård", "Ljusdals lärcentrum"
                {"LOWER": {"IN": ["skola", "förskola", "fritidsgård", "lärcentrum"]}},
            ],
            # a school form named by its municipality: "Sfi Salem", "Komvux Arboga",
            # "Lärcentrum Hofors" (the municipality's unit; round 48 of learning)
            [
                {"ORTH": {"IN": sorted(lexicon.SCHOOL_FORMS)}},
                {"ORTH": {"IN": sorted(municipality_short_names())}},
            ],
            # a municipal library named by its town, not as a place ("i/på Olofströms
            # bibliotek"): "i samverkan med Arvika bibliotek", "Ystads bibliotek"
            [
                {"LOWER": {"NOT_IN": ["i", "på"]}},
                {"ORTH": {"IN": sorted(place_names())}},
                {"LOWER": "bibliotek"},
            ],
            # "kommunens fritidsgårdar Magasinet och ...": the name after the plural
            [
                {"LOWER": {"IN": ["fritidsgårdar", "fritidsgårdarna", "skolor", "skolorna"]}},
                {"IS_TITLE": True, "IS_STOP": False, "IS_ALPHA": True},
            ],
            [
                {"LOWER": "öppna", "OP": "?"},
                {
                    "LOWER": {
                        "IN": sorted(
                            lexicon.SERVICE_PLACES | set(lexicon.SERVICE_PLACES_INDEFINITE)
                        )
                    }
                },
                {"IS_TITLE": True, "IS_STOP": False, "IS_ALPHA": True},
            ],
        ],
    )
    # the municipal executive board and a committee's working committee
    shapes.add(
        "BOARD_UNIT",
        [
            [{"LOWER": {"IN": ["kommunstyrelsen", "kommunfullmäktige"]}}],
            [
                {"LOWER": {"REGEX": r"^\w+(styrelsens|nämndens)$"}},
                {"LOWER": {"IN": ["arbetsutskott", "arbetsutskottet", "utskott"]}},
            ],
        ],
    )
    # organisations named by what they are, not from a list: "Hushållningssällskapet",
    # "Hallands Bildningsförbund", "Friluftsfrämjandet Sundsvall", "Företagarna Gotland"
    places = place_names()
    org_word = {
        "IS_TITLE": True,
        "LOWER": {
            "REGEX": r"^(\w{3,}("
            + "|".join(lexicon.ORGANISATION_ENDINGS)
            + r")|folkhögskolan?)s?$",
            # "Frivilligorganisationen X" says what X is; it is not a name of its own
            "NOT_IN": sorted(lexicon.APPOSITION_HEADS),
        },
    }
    plural_org = {
        "IS_TITLE": True,
        "IS_SENT_START": False,
        "LOWER": {"REGEX": r"^\w{4,}(arna|erna|orna)$", "NOT_IN": ["kommunerna", "regionerna"]},
    }
    place = {"ORTH": {"IN": sorted(places)}}
    shapes.add(
        "ORGNAME",
        [
            [org_word],
            [{"IS_TITLE": True, "ORTH": {"IN": sorted(places)}}, org_word],
            [org_word, place],
            [plural_org, place],
        ],
    )
    clubs = ["IK", "IFK", "IF", "BK", "FF", "SK", "GoIF", "BoIS", "AIK", "AIF", "FK", "GIF", "IBK"]
    # a club in the genitive is the club: "IFK Kristianstads sommarläger", "Skellefteå AIK:s"
    clubs_genitive = [c + ":s" for c in clubs]
    shapes.add(
        "CLUB",
        [
            [{"ORTH": {"IN": clubs}}, {"IS_TITLE": True}],
            [{"IS_TITLE": True}, {"ORTH": {"IN": clubs + clubs_genitive}}],
        ],
    )
    # state universities and university colleges: "Linnéuniversitetet", "Lunds universitet",
    # "Mälardalens högskola", "Högskolan Dalarna", "Högskolan i Gävle" (and their genitives)
    heads = lexicon.UNIVERSITY_HEADS
    shapes.add(
        "UNIVERSITY",
        [
            [{"IS_TITLE": True, "LOWER": {"REGEX": r"^\w{3,}(universitetet|högskolan)s?$"}}],
            [
                {"IS_TITLE": True, "IS_STOP": False},
                {"LOWER": {"REGEX": r"^(" + "|".join(heads) + ")s?$"}},
            ],
            # "Blekinge Tekniska Högskola", "Luleå Tekniska Universitet": a capitalised head
            [
                {"IS_TITLE": True, "IS_STOP": False},
                {"IS_TITLE": True, "IS_STOP": False},
                {"IS_TITLE": True, "LOWER": {"REGEX": r"^(" + "|".join(heads) + ")s?$"}},
            ],
            [
                {"ORTH": "Högskolan"},
                {"LOWER": "i", "OP": "?"},
                {"ORTH": {"IN": sorted(places | _provinces())}},
            ],
        ],
    )
    # a state agency named by what it is: "Trafikverket", "Jämställdhetsmyndigheten"
    shapes.add(
        "AGENCYSHAPE",
        [
            [
                {
                    "IS_TITLE": True,
                    "LOWER": {
                        "REGEX": r"^(?!\w*("
                        + "|".join(lexicon.NOT_AGENCY_WORDS)
                        + r")$)\w{2,}("
                        + "|".join(lexicon.AGENCY_ENDINGS)
                        + ")$",
                    },
                }
            ],
            # "Statens kulturråd", "Statens institutionsstyrelse": the state's own body
            [{"ORTH": "Statens"}, {"IS_LOWER": True, "IS_ALPHA": True, "LENGTH": {">=": 4}}],
        ],
    )
    # a local newspaper named by what it is (round 91 of learning): "Malmkullens Tidning",
    # "Ränneslövs Nyheter", "Vimmerbyposten", "Västerviks-Kuriren" (a company: the keys'
    # publisher of a newspaper's page); not "-bladet", the tail of many associations' names
    shapes.add(
        "NEWSPAPER",
        [
            [
                {"IS_TITLE": True, "IS_STOP": False, "LOWER": {"REGEX": r"^\w{3,}s$"}},
                {"ORTH": {"IN": sorted(lexicon.NEWSPAPER_WORDS)}},
            ],
            [
                {
                    "IS_TITLE": True,
                    "LOWER": {
                        "REGEX": r"^\w{3,}-?(" + "|".join(lexicon.NEWSPAPER_ENDINGS) + ")$"
                    },
                }
            ],
        ],
    )
    # a Leader area, the local action group of the EU's rural fund: "Leader Hyttbygden",
    # "Leader Nordupplands Bygd" (an association; round 91 of learning)
    shapes.add(
        "LEADERAREA",
        [
            [
                {"ORTH": "Leader"},
                {"IS_TITLE": True, "IS_STOP": False},
                {"IS_TITLE": True, "IS_STOP": False, "OP": "?"},
            ]
        ],
    )
    # a free school by its name: "Kustbygdens friskola" (a company, as the keys have it)
    shapes.add(
        "FREESCHOOL",
        [[{"IS_TITLE": True, "IS_STOP": False}, {"LOWER": {"IN": ["friskola", "friskolan"]}}]],
    )
    # a company named by what it is: "Kristianstads Sparbank", "Sparbanken Nord"
    shapes.add(
        "BANK",
        [
            [{"IS_TITLE": True, "IS_STOP": False}, {"LOWER": {"IN": sorted(lexicon.BANK_WORDS)}}],
            [{"ORTH": {"IN": ["Sparbanken", "Banken"]}}, {"IS_TITLE": True}],
        ],
    )
    # an organisation named after a province or county: "Coompanion Skåne", "Företagarna
    # Jämtland" (never a region or a county board, never "Södra Skåne")
    shapes.add(
        "ORGNAME",
        [
            [
                {
                    "IS_TITLE": True,
                    "IS_STOP": False,
                    "ORTH": {"NOT_IN": sorted(places | _NOT_ORG_HEADS | _DIRECTIONS)},
                    "LOWER": {
                        "NOT_IN": sorted(
                            {w[0] for w in lexicon.AGENCIES}
                            | set(lexicon.UNIVERSITY_HEADS)
                            | lexicon.BANK_WORDS
                        )
                    },
                },
                {"ORTH": {"IN": sorted(_provinces())}},
            ]
        ],
    )
    dept = "(" + "|".join(lexicon.DEPARTMENT_ENDINGS) + ")$"
    # no word that is, or ends in, a noun like a unit's that is none ("yrkeserfarenheten")
    not_unit = r"^(?!\w*(" + "|".join(sorted(lexicon.NOT_UNIT_WORDS)) + r")$)"
    shapes.add(
        "DEPT",
        [
            [{"LOWER": {"REGEX": not_unit + r"\w{3,}" + dept}}],
            # a department named by a definite adjective of its field, not a compound:
            # "Tekniska förvaltningen", "Sociala förvaltningen" (round 82 of learning); not
            # a word of the whole municipality's, "den kommunala förvaltningen"
            [
                {"LOWER": {"REGEX": r"^\w{3,}(iska|ala|ella)$", "NOT_IN": _WHOLE_ADJECTIVES}},
                {"LOWER": "förvaltningen"},
            ],
            [{"LOWER": {"REGEX": r"^\w+-$"}}, {"LOWER": "och"}, {"LOWER": {"REGEX": dept}}],
            # three services: "kultur-, fritids- och folkhälsonämnden"
            [
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"ORTH": ","},
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"LOWER": "och"},
                {"LOWER": {"REGEX": dept}},
            ],
            # a department in the indefinite form after the municipality's genitive:
            # "kommunens socialförvaltning", "Mora kommuns kultur- och fritidsförvaltning"
            # (the genitive is checked where the match is read)
            [{"LOWER": {"REGEX": r"^\w{3,}förvaltning$"}}],
            [
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"LOWER": "och"},
                {"LOWER": {"REGEX": r"förvaltning$"}},
            ],
            # three services: "Västerås stads kultur-, idrotts- och fritidsförvaltning"
            # (round 50 of learning)
            [
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"ORTH": ","},
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"LOWER": "och"},
                {"LOWER": {"REGEX": r"förvaltning$"}},
            ],
        ],
    )
    # a department in the genitive before one of its units: "socialförvaltningens
    # arbetsmarknadsenhet" (the unit is the department's)
    shapes.add(
        "DEPTGEN",
        [
            [{"LOWER": {"REGEX": r"^\w{3,}(förvaltningens|nämndens|kontorets)$"}}],
            # two services: "Kultur- och fritidsförvaltningens fritidsenhet"
            [
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"LOWER": "och"},
                {"LOWER": {"REGEX": r"(förvaltningens|nämndens|kontorets)$"}},
            ],
            # three: "kultur-, fritids- och folkhälsonämndens"
            [
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"ORTH": ","},
                {"LOWER": {"REGEX": r"^\w+-$"}},
                {"LOWER": "och"},
                {"LOWER": {"REGEX": r"(förvaltningens|nämndens|kontorets)$"}},
            ],
        ],
    )
    post_end = "(" + "|".join(lexicon.POST_ENDINGS + lexicon.POST_PLURALS) + ")$"
    # "samordnaren", "rektorn"; a neuter post's is "-et": "kommunalrådet", "länsrådet"
    definite = [
        w + ("et" if w.endswith("råd") else "n" if w.endswith("e") else "en")
        for w in lexicon.POST_WORDS
    ]
    post_word = {"LOWER": {"IN": sorted({*lexicon.POST_WORDS, *definite})}}
    agencies = sorted({w[0] for w in lexicon.AGENCIES} | {w[0] for w in lexicon.CIVIL_SOCIETY})
    unit_endings = (
        *lexicon.DEPARTMENT_ENDINGS,
        *lexicon.ORGANISATION_ENDINGS,
        *lexicon.NAME_HEAD_ENDINGS,
        "skolan",
        "-",
    )
    not_unit = r"^(?!.*(" + "|".join(map(re.escape, unit_endings)) + r")$)"
    named = [
        {"LOWER": "för"},
        # a project's name, not an organisation's: "sektionschef för Arbetsförmedlingen"
        # nor a unit's or an organisation's by the ending of its first word: "enhetschef för
        # Integrationsenheten", "enhetschef för Arbetsmarknads- och integrationsenheten", "vd
        # för Trafikskolan X AB" (the post is the unit's; round 54 of learning)
        {
            "IS_TITLE": True,
            "ORTH": {"NOT_IN": sorted(places)},
            "LOWER": {"NOT_IN": agencies},
            "NORM": {"REGEX": not_unit},
        },
        {"IS_TITLE": True, "OP": "?"},
    ]
    tail = [{"LOWER": "för"}, {"LOWER": {"REGEX": r"^\w+(frågor|ion|arbetet|arbete)$"}}]
    # the task a post serves, a lower-case noun in the definite or a "-ning": "samordnare för
    # nattvandringen", "verksamhetschef för hemtjänsten", "samordnare för studiehandledning"
    # (round 106 of learning); not the body or place it works for ("samordnare för kommunen",
    # "handläggare för enheten") nor a group of people ("handläggare för eleverna")
    task = [
        {"LOWER": "för"},
        {
            "IS_LOWER": True,
            "IS_ALPHA": True,
            "LOWER": {
                "REGEX": r"^\w{4,}(ing|ingen|en|et|na)$",
                "NOT_IN": sorted(lexicon.TASK_NOT_FIELDS | set(lexicon.UNIT_WORDS)),
            },
            "NORM": {"REGEX": _not_ending(lexicon.DEPARTMENT_ENDINGS + lexicon.TASK_NOT_ENDINGS)},
        },
    ]
    # an adjective of a field's name and its noun: "social hållbarhet", "digital delaktighet"
    adjective_noun = [
        {"LOWER": {"REGEX": r"^\w{2,}(al|ell|isk|iv)$"}},
        {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False},
    ]
    shapes.add(
        "POST",
        [
            [{"LOWER": {"REGEX": post_end}}],
            [{"LOWER": {"REGEX": r"^\w+-$"}}, {"LOWER": "och"}, {"LOWER": {"REGEX": post_end}}],
            [post_word],
            [{"LOWER": {"REGEX": post_end}}, *tail],
            [post_word, *tail],
            # "enhetschef för integration och arbetsmarknad"
            [
                {"LOWER": {"REGEX": post_end}},
                *tail,
                {"LOWER": "och"},
                {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False},
            ],
            [
                post_word,
                *tail,
                {"LOWER": "och"},
                {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False},
            ],
            [{"LOWER": {"REGEX": post_end}}, *task],
            [post_word, *task],
            # "projektledare för Halland Framåt": a post for a named project
            [{"LOWER": {"REGEX": post_end}}, *named],
            [post_word, *named],
            # "vice ordförande"
            [{"LOWER": "vice"}, post_word],
            # a post with its scope: "lokal samordnare", "bosocial samordnare" (the
            # qualifier is part of the post's name, as the expected files keep it)
            [{"LOWER": {"IN": sorted(lexicon.POST_QUALIFIERS)}}, {"LOWER": {"REGEX": post_end}}],
            [{"LOWER": {"IN": sorted(lexicon.POST_QUALIFIERS)}}, post_word],
            # "bibliotekarie med ansvar för språkstöd"
            [
                post_word,
                {"LOWER": "med"},
                {"LOWER": "ansvar"},
                {"LOWER": "för"},
                {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False},
            ],
            # an adjective and its noun after "för": "strateg för social hållbarhet",
            # "bibliotekarie med ansvar för digital delaktighet", "strateg för integration
            # och social hållbarhet" (round 97 of learning)
            [{"LOWER": {"REGEX": post_end}}, {"LOWER": "för"}, *adjective_noun],
            [post_word, {"LOWER": "för"}, *adjective_noun],
            [{"LOWER": {"REGEX": post_end}}, *tail, {"LOWER": "och"}, *adjective_noun],
            [post_word, *tail, {"LOWER": "och"}, *adjective_noun],
            [post_word, {"LOWER": "med"}, {"LOWER": "ansvar"}, {"LOWER": "för"},
             *adjective_noun],
        ],
    )
    # a post named by its body in the genitive: "kommunstyrelsens ordförande",
    # "socialnämndens vice ordförande", "nämndens sekreterare" (the post is the body's)
    shapes.add(
        "POSTGEN",
        [
            [
                {"LOWER": {"REGEX": r"^(\w*(styrelsens|nämndens)|kommunfullmäktiges)$"}},
                {"LOWER": "vice", "OP": "?"},
                {"LOWER": {"IN": sorted(lexicon.BOARD_POSTS | {"sekreterare"})}},
            ]
        ],
    )
    # the first word of a company's longer name: no little word and no word that opens a
    # sentence before a name ("Även Tre Lindar AB"), nor what it is in the definite form
    # ("Företaget X AB", "Vårdbolaget X AB": the name follows)
    first = {
        "IS_TITLE": True,
        "IS_STOP": False,
        "ORTH": {"NOT_IN": sorted(_LEADING_WORDS | {"Nu", "Här"})},
        "LOWER": {"REGEX": r"^(?!.*(företaget|bolaget)$)"},
    }
    shapes.add(
        "COMPANY",
        [
            [{"IS_TITLE": True}, {"ORTH": "AB"}],
            # not a word that opens the sentence ("Utan Skaftöhem AB hade kommunen ...")
            [
                {"IS_TITLE": True, "ORTH": {"NOT_IN": sorted(_OPENING_WORDS)}},
                {"IS_TITLE": True},
                {"ORTH": "AB"},
            ],
            # "Bergslagens Bygg & Mark AB", "Mora Bygg och Plåt AB": "&" or "och" inside
            [
                {"IS_TITLE": True, "OP": "?"},
                {"IS_TITLE": True},
                {"LOWER": {"IN": ["&", "och"]}},
                {"IS_TITLE": True},
                {"ORTH": "AB"},
            ],
            # "AB Landskronahem", "Bostads AB Mjörnhem": the company form first
            [{"ORTH": "Bostads", "OP": "?"}, {"ORTH": "AB"}, {"IS_TITLE": True}],
            # "Nordlogistik i Tierp AB": a town inside the company's name
            [{"IS_TITLE": True}, {"LOWER": "i"}, {"IS_TITLE": True}, {"ORTH": "AB"}],
            # "bostadsbolaget Billingehus AB": the company form is part of the name
            [
                {"LOWER": {"IN": ["bostadsbolaget", "bostadsbolag", "bolaget"]}},
                {"IS_TITLE": True},
                {"ORTH": "AB", "OP": "?"},
            ],
            # names of three words and more before "AB", with what the company is, its
            # owner's genitive or its town inside: "Hemslöjdsbutiken Tre Lindar AB",
            # "Bostadsbolaget Höglanda Hem AB", "Lundbergs Åkeri i Mantorp AB", "Livs &
            # Lager Kungsbacka AB", "Grönt & Gott på Höglandet AB"
            [first, {"IS_TITLE": True}, {"IS_TITLE": True}, {"ORTH": "AB"}],
            [first, {"IS_TITLE": True}, {"LOWER": {"IN": ["i", "på"]}}, {"IS_TITLE": True},
             {"ORTH": "AB"}],
            # (not "och": "X och Y Z AB" is two bodies more often than one name)
            [first, {"LOWER": "&"}, {"IS_TITLE": True}, {"IS_TITLE": True}, {"ORTH": "AB"}],
            [first, {"LOWER": "&"}, {"IS_TITLE": True}, {"LOWER": {"IN": ["i", "på"]}},
             {"IS_TITLE": True}, {"ORTH": "AB"}],
            # a shop's, a dairy's, a haulier's or a staffing firm's name without "AB":
            # "Vittinge Gårdsmejeri", "Herting Livs", "Linnér Transport" (round 64 of learning)
            [
                {"IS_TITLE": True, "IS_STOP": False, "ORTH": {"NOT_IN": sorted(_LEADING_WORDS)}},
                {"IS_TITLE": True, "LOWER": {"REGEX": _TRADE_ENDINGS}},
            ],
            # a café's or a restaurant's name after the word: "Café Mångfald", "Restaurang
            # Kvarnstugan", and a firm's: "Snickerifirman Ekvall & Söner"
            [{"IS_TITLE": True, "LOWER": {"IN": ["café", "kafé", "restaurang", "konditori"]}},
             {"IS_TITLE": True, "IS_STOP": False}],
            [{"IS_TITLE": True, "LOWER": {"REGEX": r"^\w{3,}(firman|bryggeriet)$"}},
             {"IS_TITLE": True}, {"ORTH": "&", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}],
            # the company form after a genitive, and the name: "Fastighets AB Parkgården"
            [{"IS_TITLE": True, "LOWER": {"REGEX": r"^\w{4,}s$"}}, {"ORTH": "AB"},
             {"IS_TITLE": True}],
        ],
    )
    # a municipal company named with what it is in apposition: "Orsahus, det kommunala
    # bostadsbolaget" (the company is the name before the comma)
    shapes.add(
        "MUNICOMPANY",
        [
            [
                {"IS_TITLE": True, "IS_STOP": False, "IS_ALPHA": True},
                {"ORTH": ","},
                {"LOWER": "det"},
                {"LOWER": {"IN": ["kommunala", "kommunägda"]}},
                {"LOWER": {"REGEX": r"^\w*bolaget$"}},
            ]
        ],
    )
    # a creed's or people's adjective in its definite form, "Katolska", "Syrisk-ortodoxa",
    # "Islamiska" (capitalised as the first word of a name; not a word such as "I" or "Den")
    creed = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäöé]+(-[a-zåäöé]+)?a$"}, "IS_STOP": False}
    faith_head = {
        "LOWER": {"REGEX": r"^(\w*föreningen|församlingen|gemenskapen|samfundet)$"},
        "IS_LOWER": True,
    }
    # ("Folkets Hus-föreningen" is a longer name, so not "-föreningen")
    joined_head = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\w'’]+-(gemenskapen|församlingen)$"}}
    not_a_place = {"IS_TITLE": True, "IS_ALPHA": True, "ORTH": {"NOT_IN": sorted(places)}}
    # the head words of a local body an adjective may come before (round 78 of learning)
    local_body_heads = ("församling", "samfällighet", "krets")
    # a faith community named after its building: "Sankt Eriks kapell"
    building = {"LOWER": {"IN": ["kapell", "kyrka", "moské", "tempel"]}}
    shapes.add(
        "ASSOCIATION",
        [
            [
                {"LOWER": "föreningen"},
                {"IS_TITLE": True},
                {"IS_TITLE": True, "OP": "?"},
                {"IS_TITLE": True, "OP": "?"},  # "föreningen Lidköpings Unga Röster"
            ],
            [{"IS_TITLE": True, "LOWER": {"REGEX": r"\w{3,}föreningen$"}}],
            # a society of friends of a place or a house: "Föreningen Slottsparkens vänner";
            # of the women, the young, the parents of a place: "Föreningen Ljusnedalens
            # kvinnor" (round 39 of learning)
            [
                {"LOWER": "föreningen"},
                {"IS_TITLE": True, "LOWER": {"REGEX": r"\w{3,}s$"}},
                {"LOWER": {"IN": _PEOPLE_OF_A_PLACE}},
            ],
            # an association named with its people's adjective: "Eritreanska föreningen
            # Västvärmland", "Kurdiska föreningen Newroz"
            [
                {"IS_TITLE": True, "LOWER": {"REGEX": r"^\w{3,}ska$"}},
                {"LOWER": "föreningen"},
                {"IS_TITLE": True},
                {"IS_TITLE": True, "OP": "?"},
            ],
            # or with its town after "i": "Eritreanska föreningen i Säffle" (the place is
            # its name's end; "den svenska föreningen i stan" is no name)
            [
                {"IS_TITLE": True, "LOWER": {"REGEX": r"^\w{3,}ska$"}},
                {"LOWER": "föreningen"},
                {"LOWER": "i"},
                place,
            ],
            # a cooperative, a work-integration social enterprise: "Kooperativet Solrosen",
            # "Arbetskooperativet Vägen"
            [{"LOWER": {"REGEX": r"^\w*kooperativet$"}}, {"IS_TITLE": True}],
            # faith communities: "Falu frikyrkoförsamling", "Katolska församlingen", a parish
            # group of the Church of Sweden ("Ystads pastorat"), a city mission ("Alingsås
            # stadsmission")
            [
                {"IS_TITLE": True},
                {
                    "LOWER": {
                        "REGEX": r"(församling|församlingen|pastorat|samfund|stadsmission"
                        r"|stadsmissionen)$"
                    }
                },
            ],
            # a faith community or association named by its creed or people's adjective
            # before the head word and its own name after it: "Katolska församlingen
            # Sankt Eriks kapell", "Syrisk-ortodoxa församlingen Mor Gabriel" (a name of a
            # building ends in its common noun), or with its place after "i", which need
            # not be a municipality: "Islamiska kulturföreningen i Norrbacka"
            [creed, faith_head, {"IS_TITLE": True}],
            [creed, faith_head, {"IS_TITLE": True}, {"IS_TITLE": True}],
            [creed, faith_head, {"IS_TITLE": True}, {"IS_TITLE": True}, building],
            # (a municipality after "i" is read as before: "Somaliska föräldraföreningen i
            # Lerum" names the association and the municipality the sentence is of)
            [creed, faith_head, {"LOWER": "i"}, not_a_place],
            # the head word joined to the name by a hyphen: "Bahá'í-gemenskapen i Gävle"
            [joined_head],
            [joined_head, {"LOWER": "i"}, {"IS_TITLE": True, "IS_ALPHA": True}],
            # a diocese of the Church of Sweden: "Västerås stift", "Lunds stift"
            [{"IS_TITLE": True}, {"LOWER": "stift"}],
            # a parish, a church's joint parish, a local branch named by an adjective between
            # its place and its head word (round 78 of learning): "Kinnekulle södra
            # församling", "Enköpings Västra församling", "Mora kyrkliga samfällighet",
            # "Sankt Eriks ortodoxa församling", "Röda Korsets lokala krets"
            [
                {"IS_TITLE": True, "IS_ALPHA": True, "OP": "?"},
                {"IS_TITLE": True, "IS_ALPHA": True, "IS_STOP": False},
                {"IS_ALPHA": True, "LOWER": {"REGEX": r"^\w{3,}a$"}},
                {"IS_LOWER": True, "LOWER": {"IN": list(local_body_heads)}},
            ],
            # a scout troop and a scouting district by their place: "Mora scoutkår Furumon",
            # "Österdalarnas scoutdistrikt"
            [
                {"IS_TITLE": True, "IS_ALPHA": True, "IS_STOP": False},
                {"IS_LOWER": True, "LOWER": {"IN": ["scoutkår", "scoutdistrikt"]}},
                {"IS_TITLE": True, "IS_ALPHA": True, "OP": "?"},
            ],
            # a capitalised word and a compound association: "Islamiska kulturföreningen"
            [{"IS_TITLE": True}, {"IS_LOWER": True, "LOWER": {"REGEX": r"^\w{3,}föreningen$"}}],
            # a compound association word and its name: "läxhjälpsföreningen Fyrbåken"
            [
                {"IS_LOWER": True, "LOWER": {"REGEX": r"^\w{3,}föreningen$"}},
                {"IS_TITLE": True},
                {"IS_TITLE": True, "OP": "?"},
            ],
            # a name that opens with its abbreviation after the association word:
            # "gymnastikföreningen GF Vågen", "föreningen KFUM Noret" (round 58 of learning)
            [
                {"IS_LOWER": True, "LOWER": {"REGEX": r"^\w*föreningen$"}},
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ]{2,5}$"}},
                {"IS_TITLE": True, "IS_ALPHA": True},
            ],
        ],
    )
    return nlp, names, lower, shapes


def parse(text: str):
    """The spaCy ``Doc`` of ``text`` (tokens and sentences)."""
    nlp = pipeline()[0]
    doc = nlp(text)
    doc.user_data["page_text"] = text
    return doc


def page_text(doc) -> str:
    """The whole text of ``doc``, kept with it once found.

    spaCy's ``Doc.text`` joins every token again at each call, so a rule that asks for it once per
    sentence or candidate grows with the square of the page; the rules ask here instead.

    Examples
    --------
    >>> doc = parse("Kils kommun leder.\\n\\nGrums deltar.")
    >>> page_text(doc) == doc.text
    True
    >>> page_text(doc) is page_text(doc)
    True
    """
    text = doc.user_data.get("page_text")
    if text is None:
        text = doc.user_data["page_text"] = doc.text
    return text


def line_of(sent) -> tuple[int, str]:
    """Where the line ``sent`` stands on begins in the text, and the whole line.

    Examples
    --------
    >>> doc = parse("Rubrik\\nKils kommun leder. Grums deltar.")
    >>> line_of(list(doc.sents)[-1])
    (7, 'Kils kommun leder. Grums deltar.')
    """
    text = page_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    return start, text[start : end if end >= 0 else len(text)]


def matches(doc) -> list[Match]:
    """Every recognised span of ``doc``, longest first where they overlap, in text order."""
    from spacy.util import filter_spans

    _nlp, names, lower, shapes = pipeline()
    found = []
    for matcher in (names, lower, shapes):
        for match_id, start, end in matcher(doc):
            found.append((doc.vocab.strings[match_id], start, end))
    spans = [doc[s:e] for _l, s, e in found]
    for s, e in name_spans(doc, found):
        found.append(("ORGSPAN", s, e))
        spans.append(doc[s:e])
    labels = {}
    for label, s, e in found:
        # prefer a name over a word shape for the same span
        labels.setdefault((s, e), label)
    kept = [
        sp
        for sp in filter_spans(spans)
        # "Vice ordförande: X" is a post and its holder; only organisations are labels
        if labels[(sp.start, sp.end)].startswith("POST") or not _field_label(sp)
    ]
    out = [
        Match(labels[(sp.start, sp.end)], sp.start, sp.end)
        for sp in sorted(kept, key=lambda x: x.start)
    ]
    # an association's or a foundation's name that goes on past its capitalised words
    # ("Föreningen Grannar över Gränser", "Stiftelsen Kustbygdens framtid")
    for k, m in enumerate(out):
        end = _name_tail(doc, m.start, m.end)
        following = out[k + 1].start if k + 1 < len(out) else len(doc)
        if end > m.end and end <= following:
            out[k] = Match(m.label, m.start, end)
        elif m.label == "POST":
            end = _post_task_tail(doc, m.start, m.end)
            if end > m.end and end <= following:
                out[k] = Match(m.label, m.start, end)
    return _frame_names(doc, _list_item_names(doc, _post_fields(doc, out)))


#: What may close a post's field: "NAME, handläggare integration, Länsstyrelsen ...",
#: "NAME | enhetschef hemtjänst | ...", "Samordnare läxhjälpen: NAME".
_FIELD_CLOSES = frozenset({",", "|", ":", ")", ";"})
_FIELD_OPENS = frozenset({",", "|", "("})


def _post_fields(doc, out: list[Match]) -> list[Match]:
    """A one-word post with the field it serves after it, in a contact line or a table cell
    ("Anna Ek, handläggare integration, Länsstyrelsen", "NAME | enhetschef hemtjänst |"):
    the field is part of the post's name, as the expected graphs keep it (round 100 of
    learning). Only between delimiters (a comma, a bar, a colon, the line's ends), so that
    running text ("samordnare bjuder in") keeps the bare post; not a unit's or a place's name
    ("enhetschef etableringsenheten").

    Examples
    --------
    >>> [(m.label, doc[m.start:m.end].text) for doc in [parse("Anna Ek, handläggare integration, "
    ...     "Region Jämtland Härjedalen")] for m in matches(doc) if m.label == "POST"]
    [('POST', 'handläggare integration')]
    """
    starts = {m.start for m in out}
    endings = (*lexicon.DEPARTMENT_ENDINGS, *lexicon.ORGANISATION_ENDINGS, "skolan", "gruppen")

    def edge(k: int, delimiters: frozenset[str]) -> bool:
        if k < 0 or k >= len(doc):
            return True
        return doc[k].text in delimiters or "\n" in doc[k].text

    for k, m in enumerate(out):
        if m.label != "POST" or m.end - m.start != 1 or m.end in starts:
            continue
        if m.end >= len(doc):
            continue
        field = doc[m.end]
        if not (field.is_lower and field.is_alpha and not field.is_stop and len(field) >= 5):
            continue
        if field.lower_.endswith(endings) or field.lower_ in lexicon.POST_WORDS:
            continue
        if not (edge(m.start - 1, _FIELD_OPENS) and edge(m.end + 1, _FIELD_CLOSES)):
            continue
        out[k] = Match(m.label, m.start, m.end + 1)
    return out


#: Labels of an organisation's name that a list item's whole text may widen: round 73.
_ITEM_ORG_LABELS = frozenset(
    {"ORGNAME", "CSO", "COMPANY", "CLUB", "ASSOCIATION", "ASSOC", "ORGSPAN", "MUNICOMPANY"}
)
#: Words that end the name of a list item: what follows is no part of it ("X, som ...",
#: "X genom Y", "X och Y", "X med praktik").
_ITEM_STOPS = frozenset(
    {",", "(", ":", ";", "–", "—", ".", "som", "genom", "och", "samt", "eller", "med", "där"}
)


def _item_start(doc, i: int) -> bool:
    """Whether ``doc[i]`` is the first word of a dash list's item ("- NAME")."""
    if i < 1 or doc[i - 1].text not in {"-", "•", "*"}:
        return False
    before = doc[i - 2] if i >= 2 else None
    return before is None or "\n" in before.whitespace_ or "\n" in before.text


def _list_item_names(doc, out: list[Match]) -> list[Match]:
    r"""Widen an organisation's name found inside a dash list's item to the item's whole name:
    "- Föreningen Grannskap i Södra Vi", "- Bräcke Nya BK, som ...", "- Restaurang Kolmården
    Gästgivare" (round 73 of learning: a name cut inside a list lost its pairs on 14 of the
    rounds 60-84).

    The item's name runs from its first word to the end of the line, a comma, a relative
    clause or a conjunction; it is taken when it is 2-6 words, capitalised first, with no
    verb, and holds an organisation's name and nothing but a bare place name besides.

    Examples
    --------
    >>> doc = parse("Parter är:\n- Föreningen Vänner utan gränser, som ordnar läxhjälp\n"
    ...             "- Bräcke Nya BK\n- Restaurang Kolmården Gästgivare, med lunch\n")
    >>> [doc[m.start : m.end].text for m in matches(doc)]
    ['Föreningen Vänner utan gränser', 'Bräcke Nya BK', 'Restaurang Kolmården Gästgivare']
    """
    starts = [t.i for t in doc if _item_start(doc, t.i)]
    for s in starts:
        e = s
        while e < len(doc) and e - s <= 6:
            t = doc[e]
            if t.is_space or t.lower_ in _ITEM_STOPS or t.text in _ITEM_STOPS:
                break
            e += 1
            if "\n" in t.whitespace_:
                break
        if not 2 <= e - s <= 6 or not doc[s].is_title:
            continue
        words = doc[s:e]
        if any(not (t.is_alpha or "-" in t.text or t.text == "&") for t in words):
            continue
        lower_ok = True
        for k, t in enumerate(words):
            if t.is_lower and _verb_like(t.lower_):
                prev = words[k - 1].lower_ if k else ""
                if prev not in _NAME_JOINERS and t.lower_ not in _PLURAL_TAILS:
                    lower_ok = False
        if not lower_ok:
            continue
        if any(m.start < e < m.end or m.start < s < m.end for m in out):
            continue
        out = _widened(out, s, e) or out
    return out


def _widened(out: list[Match], s: int, e: int) -> list[Match] | None:
    """``out`` with the matches inside ``s:e`` replaced by one over ``s:e``, labelled as the
    longest organisation's name found inside, where nothing else is inside but a bare place
    name at ``s``; None where that does not hold, where the one match inside already spans
    ``s:e``, or where a company was found after a kind word ("Kemiföretaget X AB": the
    company's name starts where it was found). Shared by :func:`_list_item_names` and
    :func:`_frame_names`."""
    inner = [m for m in out if s <= m.start and m.end <= e]
    if len(inner) == 1 and (inner[0].start, inner[0].end) == (s, e):
        return None
    orgs = [m for m in inner if m.label.split("|")[0] in _ITEM_ORG_LABELS]
    others = [m for m in inner if m not in orgs]
    if not orgs or any(
        not (m.label.startswith("MUNI|") and m.label.endswith("|bare") and m.start == s)
        for m in others
    ):
        return None
    best = max(orgs, key=lambda m: m.end - m.start)
    if best.label.split("|")[0] in {"COMPANY", "MUNICOMPANY"} and best.start > s:
        return None
    kept = [m for m in out if m not in inner]
    return sorted([*kept, Match(best.label, s, e)], key=lambda m: m.start)


#: What a body is said to be, or have been, in the work after its name in the frames of
#: :func:`_frame_names` ("var med", "är även X part").
_FRAME_ROLES = frozenset({"med", "part", "ledamot", "medlem", "partner"})


def _name_words(words) -> bool:
    """Whether ``words`` have the shape of an organisation's name: 2-6 words, the first
    capitalised, none a verb (but a plural after a joining word, "Vänner utan gränser")."""
    if not 2 <= len(words) <= 6 or not words[0].is_title:
        return False
    for k, t in enumerate(words):
        if not (t.is_alpha or "-" in t.text or t.text == "&") or (t.is_stop and k == 0):
            return False
        if t.lower_ in _ITEM_STOPS:
            return False
        if t.is_lower and _verb_like(t.lower_):
            prev = words[k - 1].lower_ if k else ""
            if prev not in _NAME_JOINERS and t.lower_ not in _PLURAL_TAILS:
                return False
    return True


def _frame_names(doc, out: list[Match]) -> list[Match]:
    r"""The whole name of a body in two frames that tell a party of the work, which the
    name's own shape did not give (round 73 of learning: on 16 of the rounds 60-84):

    - the subject of a past membership, "NAME var med från starten men lämnade ...", "NAME
      var part i samarbetet fram till ...";
    - a later party, "Sedan maj 2025 är även NAME med/part".

    An organisation's name found inside is widened to the whole ("Föreningen Afrikanska
    grannar"); where nothing was found, two or more words whose first ends as a definite
    noun or a genitive ("Gemenskapen Stenbrinken", "Storstockholms brandförsvar") are taken
    as a name of their own.

    Examples
    --------
    >>> doc = parse("Sedan maj 2025 är även Starthuset Norrbacka part. Föreningen Afrikanska "
    ...             "grannar var med från starten men lämnade rådet i juni 2023.")
    >>> [doc[m.start : m.end].text for m in matches(doc)]
    ['Starthuset Norrbacka', 'Föreningen Afrikanska grannar']
    """
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        lowers = [t.lower_ for t in words]
        # "NAME var med/part/ledamot ... men/fram till ..."
        for k in range(2, min(8, len(words) - 1)):
            if (
                lowers[k] == "var"
                and lowers[k + 1] in _FRAME_ROLES
                and ("men" in lowers[k + 2 :] or "fram" in lowers[k + 2 :])
            ):
                spans.append((words[0].i, words[k].i))
                break
        # "är även/också NAME med/part"
        for k in range(1, len(words) - 2):
            if lowers[k - 1] == "är" and lowers[k] in {"även", "också"}:
                for j in range(k + 3, min(k + 8, len(words))):
                    if lowers[j] in _FRAME_ROLES:
                        spans.append((words[k + 1].i, words[j].i))
                        break
    for s, e in spans:
        if not _name_words(doc[s:e]):
            continue
        if any(m.start < e < m.end or m.start < s < m.end for m in out):
            continue
        if any(s <= m.start and m.end <= e for m in out):
            out = _widened(out, s, e) or out
            continue
        first = doc[s].lower_
        if len(first) < 8 or not first.endswith(("en", "et", "s")):
            continue
        out = sorted([*out, Match("ORGSPAN", s, e)], key=lambda m: m.start)
    return out


#: Heads of a name that may go on past its capitalised words: an association, a
#: foundation, a choir ("Föreningen Bron till Arbete", "Stiftelsen Bruksortens framtid",
#: "Kören Alla röster").
_TAIL_HEADS = frozenset({"föreningen", "stiftelsen", "kören"})
#: Lower-case words that join two words of such a name ("Grannar över Gränser", "Bron till
#: Arbete", "Kvinnor på Stigen", "Shaqo iyo Nabad").
_NAME_JOINERS = frozenset({"över", "till", "på", "utan", "mot", "iyo"})
#: Plural nouns a name may end in, which look like verbs in the present tense ("Föreningen
#: Somaliska vänner", "Kören Alla röster").
_PLURAL_TAILS = frozenset({*_PEOPLE_OF_A_PLACE, "röster", "grannar", "systrar", "bröder"})
#: What a body is said to be right after its name, no part of it: "... är Föreningen X part
#: i projektet", "blir Föreningen X medlem".
_ROLE_WORDS = frozenset(
    {
        "part", "parter", "partner", "medlem", "medlemmar", "värd", "ägare", "huvudman",
        "arrangör", "medarrangör", "samarbetspartner", "initiativtagare", "projektägare",
        "sökande", "mottagare", "ansvarig", "ansvariga", "delaktig", "aktiv", "aktiva",
    }
)
#: Where a name's lower-case last word may end: before a comma or a full stop, a
#: conjunction, a relative clause or "i PLACE".
_TAIL_BOUNDARIES = frozenset(
    {",", ".", ";", ":", ")", "!", "?", "och", "samt", "eller", "som", "i"}
)


#: Strong verbs in the past tense that end in no weak verb's ending ("Föreningen X ingick ett
#: partnerskap", "kom med", "tog emot", "blev part"): round 62 of learning.
_STRONG_PAST = frozenset(
    {"kom", "tog", "gav", "var", "blev", "fanns", "lät", "bad", "sa", "drog", "bjöd", "höll"}
)


def _verb_like(word: str) -> bool:
    """Whether a lower-case ``word`` ends as a verb in the present, the past or the supine
    ("ordnar", "startade", "bjöd", "deltagit", "ingick", "anslöt"): no word a name ends in
    here."""
    return word.endswith(("r", "de", "te", "at", "it", "tt", "ick", "öt", "öd", "öll")) or (
        word in _STRONG_PAST
    )


#: What closes the name of a post's project: "samordnare för Träna ute, ...".
_TASK_CLOSES = frozenset({",", ".", ";", ":", ")", "!", "?"})
_TASK_PLACES = frozenset({"på", "hos", "inom"})


def _post_task_tail(doc, start: int, end: int) -> int:
    """The end of a post whose task is a project's or an activity's name that goes on over
    lower-case words ("samordnare för Träna ute", "projektledare för Nätverk som bär"; round
    110 of learning); else ``end``. One to three lower-case words after the capitalised
    word, and the name must close the clause (a comma, a full stop, the line's end): not
    "projektledare för Bonyckeln på Kvarnlyckan Bostäder" nor "samordnare för Läxvänner
    på biblioteket." (where the post works, after "på", "hos" or "inom").

    Examples
    --------
    >>> doc = parse("Jonas Berg, samordnare för Träna ute, svarar. "
    ...             "Eva Ek är samordnare för Läxvänner på biblioteket.")
    >>> [doc[m.start : m.end].text for m in matches(doc) if m.label == "POST"]
    ['samordnare för Träna ute', 'samordnare för Läxvänner']
    """
    if end - start < 3 or doc[end - 2].lower_ != "för" or not doc[end - 1].is_title:
        return end
    if "\n" in doc[end - 1].whitespace_:
        return end
    tail = end
    while tail < min(end + 3, len(doc)):
        tok = doc[tail]
        if not (tok.is_lower and tok.is_alpha):
            break
        if tok.lower_ in _TASK_PLACES:
            return end  # where the post works: "samordnare för Läxvänner på biblioteket."
        tail += 1
        if "\n" in tok.whitespace_:
            break
    if tail == end or doc[tail - 1].lower_ in _NAME_JOINERS | {"och", "som", "för", "att"}:
        return end
    closed = tail == len(doc) or "\n" in doc[tail - 1].whitespace_ or "\n" in doc[tail].text
    if not closed and doc[tail].text not in _TASK_CLOSES:
        return end
    return tail


def _name_tail(doc, start: int, end: int) -> int:
    """The end of the name of ``doc[start:end]`` when it is an association's, a foundation's
    or a choir's name whose last words are in lower case or joined by a preposition; else
    ``end``.

    Two tails: a joining word and a capitalised word ("Föreningen Grannar över Gränser",
    "Föreningen Kvinnor på Stigen"; a place may follow, "... på Stigen Tranås"), or one
    lower-case noun before a comma, a full stop, a conjunction, "som" or "i" ("Stiftelsen
    Kustbygdens framtid, som ...", "Föreningen Glimåkra smedjelag och ..."); never a verb
    ("Föreningen Bron ordnar ..."), a little word ("Föreningen Bron också.") or a kind of
    organisation.

    Examples
    --------
    >>> doc = parse("Med i arbetet är Föreningen Grannar över Gränser och Stiftelsen "
    ...             "Kustbygdens framtid, som bidrar. Föreningen Bron ordnar läxhjälp.")
    >>> [doc[m.start : m.end].text for m in matches(doc) if doc[m.start].lower_ in _TAIL_HEADS]
    ['Föreningen Grannar över Gränser', 'Stiftelsen Kustbygdens framtid', 'Föreningen Bron']
    """
    head = doc[start]
    if not (head.is_title and head.lower_ in _TAIL_HEADS) or end - start < 2 or end >= len(doc):
        return end
    nxt = doc[end]
    if "\n" in doc[end - 1].whitespace_ or "\n" in nxt.text:
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    if (
        nxt.lower_ in _NAME_JOINERS
        and nxt.is_lower
        and after is not None
        and after.is_title
        and after.is_alpha
        and after.text not in _NOT_ORG_HEADS
        and not _org_head(after)
        and (nxt.lower_ != "på" or after.text not in place_names())
    ):
        tail = end + 2
        # "Föreningen Kvinnor på Stigen Tranås": the town the name ends in
        if (
            tail < len(doc)
            and doc[tail].text in place_names()
            and "\n" not in doc[tail - 1].whitespace_
            and not (tail + 1 < len(doc) and doc[tail + 1].lower_.startswith("kommun"))
        ):
            tail += 1
        return tail
    word = nxt.lower_
    # an adjective of a people or a place before the noun it needs ("Föreningen Syriska
    # familjer i X", "Föreningen Afghanska kulturhuset var ..."): a plural noun before a
    # boundary, a definite noun before anything (round 62 of learning)
    adjective = doc[end - 1].is_title and doc[end - 1].lower_.endswith("ska")
    definite = adjective and word.endswith(("et", "en")) and not _verb_like(word)
    if (
        nxt.is_lower
        and nxt.is_alpha
        and len(word) >= 3
        and not nxt.is_stop
        and (word in _PLURAL_TAILS or not _verb_like(word) or (adjective and word.endswith("er")))
        and word not in lexicon.APPOSITION_HEADS
        and word not in _ROLE_WORDS
        and not _org_head(nxt)
        and (
            after is None
            or after.lower_ in _TAIL_BOUNDARIES
            or "\n" in nxt.whitespace_
            or definite
        )
    ):
        return end + 1
    return end


def _in_a_cell(doc, i: int) -> bool:
    """Whether token ``i`` begins a cell of a table row ("Idrottsklubben X | Roll"): there a
    capitalised kind is written as part of the full name, as inside a sentence."""
    text = page_text(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    line = text[start : end if end >= 0 else len(text)]
    before = text[start : doc[i].idx].strip()
    return "|" in line and (before == "" or before.endswith("|"))


def _field_label(span) -> bool:
    """Whether ``span`` is the label of a field line, not a name: it begins its line, ends
    in a common noun and a colon follows ("Sökande organisation: Föreningen X", "Ansvarig
    förening: Y"); "Föreningen Solrosen: 20 000 kronor" ends in a name and is kept."""
    doc = span.doc
    line_start = span.start_char == 0 or page_text(doc)[span.start_char - 1] == "\n"
    return (
        line_start
        and len(span) > 1
        and span[-1].is_lower
        and span.end < len(doc)
        and doc[span.end].text == ":"
    )


# kinds of match that name an organisation: a capitalised span coordinated with one of them
# is an organisation too ("ABF Fyrbodal, Röda Korset och Bokenäs Hembygdsförening")
_ORG_KINDS = {
    "AGENCY",
    "EUFUND",
    "ASSOC",
    "CSO",
    "ASSOCIATION",
    "ORGNAME",
    "CLUB",
    "COMPANY",
    "UNIVERSITY",
    "BANK",
    "AGENCYSHAPE",
    "NEWSPAPER",
    "LEADERAREA",
    "FREESCHOOL",
}
_CONJUNCTIONS = {",", "och", "samt", "eller"}
# capitalised at a sentence's start, never part of a name: "Både Röda Korset och ..."
_LEADING_WORDS = {"Både", "Även", "Också", "Dessutom", "För"}
# a preposition that opens a sentence before a name: "Med Kurdiska föreningen i Kil har vi ..."
_LEADING_WORDS |= {"Med", "Hos", "Genom", "Tillsammans"}
# a kind alone in the definite form refers back to an organisation; it heads no new name
_BARE_KINDS = {"förbundet", "förbundets", "föreningen", "föreningens", "stiftelsen"}
# a preposition, subordinator or determiner that opens a sentence or a line: capitalised
# there, and never a name's first word ("Enligt klubben har ...", "När studieförbundet
# flyttade ...", "Varje organisation står för ...", "Utan Skaftöhem AB hade kommunen ...");
# not "Under", "Alla", "Hela", which open names ("Under Samma Tak", "Alla Kvinnors Hus")
# (round 99 of learning)
_OPENING_WORDS = frozenset(
    {
        *("Enligt", "När", "En", "Ett", "Varje", "I", "Efter", "Innan", "Sedan", "Då"),
        *("Som", "Eftersom", "Medan", "Trots", "Från", "Av", "Vid", "Inom", "Utan"),
        *("Mellan", "Bland", "Hur", "Vad", "Vem", "Vilken", "Vilka", "Att", "Denna"),
        *("Detta", "Dessa", "Den", "Det", "De", "Vår", "Vårt", "Våra", "Er", "Ert"),
        *("Många", "Flera", "Några", "Ingen", "Inga", "På", "Mot", "Kring", "Här"),
        *("Där", "Därför", "Dock", "Samtidigt", "Annars", "Nu"),
    }
)


def _opens_sentence(doc, i: int) -> bool:
    """The token opens a sentence or a line ("Enligt" in "... inte. Enligt klubben har")."""
    before = doc[i - 1] if i else None
    return (
        before is None
        or bool(doc[i].is_sent_start)
        or "\n" in before.text
        or "\n" in before.whitespace_
    )


# "Om": a section of a site, "Hem › Om klubben › Integration" (round 90 of learning)
_NOT_ORG_HEADS = {"Region", "Landstinget", "Länsstyrelsen", "Kontakt", "Projekt", "Nyhet", "Om"}


def _name_token(token) -> bool:
    """A token of a proper name: capitalised ("Hela"), or an acronym ("ABF", "IOGT-NTO")."""
    text = token.text
    if token.is_title and token.is_alpha:
        return True
    # a hyphenated place or name: "Kinnekulle-Lidan", "Jämtland-Härjedalen"
    parts = text.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and p.isalpha() and p[1:].islower() for p in parts):
        return True
    return token.is_upper and len(text) >= 2 and text.replace("-", "").isalpha()


def _org_head(token, in_name: bool = False) -> bool:
    """A word that makes a name an organisation's ("Idrottsförbund", "studieförbund").

    ``in_name``: the word stands in a run of two or more name words, where the heads of
    :data:`lexicon.NAME_HEAD_ENDINGS` count too ("Mångkulturella Föreningsrådet").

    >>> [_org_head(t, True) for t in parse("Mångkulturella Föreningsrådet")]
    [False, True]
    >>> _org_head(parse("Integrationsrådet")[0])
    False
    """
    import re

    endings = lexicon.ORGANISATION_ENDINGS + (lexicon.NAME_HEAD_ENDINGS if in_name else ())
    return re.fullmatch(r"\w*(" + "|".join(endings) + r")s?", token.lower_) is not None


def _neuter_post(token) -> bool:
    """A post in the definite neuter before a name, no organisation: "Kommunalrådet Eva Ek".

    >>> _neuter_post(parse("Kommunalrådet Eva Ek (S)")[0])
    True
    >>> _neuter_post(parse("Integrationsrådet i Ekby")[0])
    False
    """
    word = token.lower_
    return word.endswith("rådet") and word[:-2] in lexicon.POST_WORDS


def name_spans(doc, found: list[tuple[str, int, int]] | None = None) -> list[tuple[int, int]]:
    """Organisations named by a run of capitalised words, found without a list of names.

    A run of name tokens (capitalised words and acronyms on one line, with an organisational
    head word after it in lower case: "Sensus studieförbund") is an organisation when it
    holds an organisational head word anywhere ("Bokenäs Hembygdsförening", "Arvika
    Fotbollsklubb"), or when it is a conjunct of a coordination ("X, Y och Z") in which another
    conjunct is a recognised organisation ("Coompanion Sörmland och Sörmlands
    Idrottsförbund"); so is an acronym placed in a town ("IOGT-NTO i Torsby"). A run of place
    names alone, a single capitalised word that is not an
    acronym, a region ("Region Sörmland") and a run without either cue are not.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    found : list of (label, start, end), optional
        The matches of the name and shape matchers, whose organisations anchor coordinations.

    Examples
    --------
    >>> doc = parse("Kursen ges av Norrvik Kajakklubb, Studiecirkeln Ljus och Nordsjö Konst.")
    >>> [doc[s:e].text for s, e in name_spans(doc)]
    ['Norrvik Kajakklubb', 'Studiecirkeln Ljus', 'Nordsjö Konst']
    >>> doc = parse("Anna Berg och Per Ek träffade Region Sörmland och Ystads Fältklubb.")
    >>> [doc[s:e].text for s, e in name_spans(doc)]
    ['Ystads Fältklubb']
    >>> doc = parse("Frivilligorganisationen Jämtlands Flyktingvänner hjälper till.")
    >>> [doc[s:e].text for s, e in name_spans(doc)]
    ['Jämtlands Flyktingvänner']
    >>> doc = parse("KFUM i Mora ordnar läxhjälp med NTE.")
    >>> [doc[s:e].text for s, e in name_spans(doc)]
    ['KFUM i Mora']
    """
    found = found or []
    places = place_names()
    regions = _provinces() | _DIRECTIONS | lexicon.LANDSKAP
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if (
            not _name_token(doc[i])
            or doc[i].text in _LEADING_WORDS
            or _neuter_post(doc[i])
            or (doc[i].text in _OPENING_WORDS and _opens_sentence(doc, i))
        ):
            i += 1
            continue
        j = i
        while j < len(doc) and (
            _name_token(doc[j])
            # "Hem för Alla", "Centrum för Språk": a lower-case "för" between two name words,
            # not before an organisation ("Styrelsen för Samordningsförbundet X": its board)
            or (
                doc[j].lower_ == "för"
                and j > i
                # "Styrelsen för Föreningen X lämnar sin berättelse": the board of X, not a
                # name (round 52 of learning)
                and doc[j - 1].lower_ != "styrelsen"
                and j + 1 < len(doc)
                and doc[j + 1].is_title
                and not _org_head(doc[j + 1])
            )
        ):
            j += 1
        if (
            j < len(doc)
            and doc[j].is_lower
            and _org_head(doc[j])
            and j - i >= 1
            and doc[j].lower_ not in _BARE_KINDS
            and not doc[j].lower_.startswith("kyrka")
        ):
            # "Sensus studieförbund"; not "Genom förbundet" (the kind alone), nor a church
            # building ("Frövi kyrkas församlingssal", "Sankt Helena kyrka")
            j += 1
        runs.append((i, j))
        i = j
    orgs = {(s, e) for label, s, e in found if label.split("|")[0] in _ORG_KINDS}

    def cue(s: int, e: int) -> bool:
        # "Frivilligorganisationen Jämtlands Flyktingvänner": a word saying what it is
        appositive = doc[s].lower_ in lexicon.APPOSITION_HEADS or (
            s > 0 and doc[s - 1].lower_ in lexicon.APPOSITION_HEADS
        )
        return appositive or headed(s, e) or local_branch(s, e)

    def headed(s: int, e: int) -> bool:
        # "Kvinnonätverket Roddaren": a network with one name word is an association; with
        # more ("Integrationsnätverket Norra Västmanland", "Kvinnonätverket Mötesplats
        # Roslagen") or a place's ("Integrationsnätverket Hallstahammar") it names a network
        # of bodies, a collaboration (round 55 of learning)
        return any(
            _org_head(t, in_name=e - s >= 2)
            and not (
                t.lower_.rstrip("s").endswith("nätverket")
                and (e - s != 2 or doc[e - 1].text in places)
            )
            for t in doc[s:e]
        )

    def local_branch(s: int, e: int) -> bool:
        # "ABF Västerås", "ABF Södra Dalarna": a known organisation's acronym and a place;
        # "Folkuniversitetet Norr": a known organisation's regional branch by a compass word
        compass = e - s == 2 and (s, s + 1) in orgs and doc[s + 1].text in _COMPASS
        # "ABF Södertörn", "Sensus Fyrbodal": an acronym and the one name of its district
        district = (
            e - s == 2
            and doc[s].is_upper
            and (s, s + 1) in orgs
            and doc[s + 1].is_title
            and doc[s + 1].is_alpha
            and "\n" not in doc[s].whitespace_
            # not the genitive before its noun ("ABF Södertörns statsbidrag")
            and not (doc[s + 1].lower_.endswith("s") and e < len(doc) and doc[e].is_lower)
        )
        # "Röda Korset Sunne", "Svenska kyrkan Ekby": a known organisation's name of more
        # than one word and the place of its branch
        placed = any(
            (s, k) in orgs and all(t.text in places for t in doc[k:e]) for k in range(s + 2, e)
        )
        return (
            compass
            or district
            or placed
            or (
                e - s >= 2
                and doc[s].is_upper
                and (s, s + 1) in orgs
                and all(t.text in places or t.text in regions for t in doc[s + 1 : e])
            )
        )

    def eligible(s: int, e: int, anchored: bool = False) -> bool:
        span = doc[s:e]
        if span[0].text in _NOT_ORG_HEADS or all(t.text in places for t in span):
            return False
        # one capitalised word in the definite form, coordinated with an organisation, is
        # one too ("Kristianstads Sparbank och Skåneidrotten"); a first name is not
        definite = (
            anchored
            and not span[0].is_sent_start
            and len(span[0]) >= 8
            and span[0].lower_.endswith(("en", "et", "na"))
        )
        return e - s >= 2 or span[0].is_upper or definite

    # coordinations: items (runs and recognised organisations) joined by one conjunction;
    # an item inside another ("Idrottsförbund" in "Värmlands Idrottsförbund") joins it
    chains: list[list[list]] = []  # [start, end, is a run, is an organisation]
    for s, e in sorted({*runs, *orgs}, key=lambda x: (x[0], -x[1])):
        last = chains[-1][-1] if chains else None
        if last is not None and s < last[1]:
            last[1] = max(last[1], e)
            last[3] = last[3] or (s, e) in orgs
            continue
        item = [s, e, (s, e) in runs, (s, e) in orgs or cue(s, e)]
        if (
            last is not None
            and len(chains[-1]) >= 2
            and last[2]
            and (s, e) in runs
            and s == last[1] + 1
            and doc[last[1]].lower_ == "och"
            and e + 1 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].is_title
        ):
            # "A AB, B Hotell och Konferens, C och D": an "och" before the list's next comma
            # joins the words of one name (round 112 of learning)
            last[1] = e
            last[3] = last[3] or cue(last[0], e)
            continue
        if last is not None and s == last[1] + 1 and doc[last[1]].lower_ in _CONJUNCTIONS:
            chains[-1].append(item)
        else:
            chains.append([item])
    kept = []
    for s, e in runs:
        # "IOGT-NTO i Torsby": an acronym placed in a municipality is a local organisation
        if (
            e - s == 1
            and doc[s].is_upper
            and e + 1 < len(doc)
            and doc[e].lower_ in {"i", "på"}
            and doc[e + 1].text in places
        ):
            kept.append((s, e + 2))
    def after_a_post(s: int, e: int) -> bool:
        # "Projektledare: Lovisa Ek, Uvådalens bygderåd": the person who holds the post
        # before the colon, and the body after the comma (round 99 of learning)
        if e - s != 2 or s < 2 or doc[s - 1].text != ":" or cue(s, e):
            return False
        word = doc[s - 2].lower_
        return word in lexicon.POST_WORDS or re.search(post_end, word) is not None

    post_end = "(" + "|".join(lexicon.POST_ENDINGS) + ")$"
    for chain in chains:
        anchored = len(chain) > 1 and any(it[3] for it in chain)
        for s, e, is_run, _org in chain:
            if is_run and anchored and not cue(s, e) and after_a_post(s, e):
                continue
            if is_run and eligible(s, e, anchored) and (cue(s, e) or anchored):
                if doc[s].lower_ in lexicon.APPOSITION_HEADS and (
                    doc[s].is_lower
                    or (doc[s].lower_ not in lexicon.NAME_PART_HEADS and not _in_a_cell(doc, s))
                ):
                    # the name follows the word that says what it is; a study association's
                    # or a foundation's name holds it when capitalised, inside a sentence or
                    # at its start ("hos Studieförbundet Bilda", "Stiftelsen Gröna Bänken ger")
                    s += 1
                # "Studieförbundet Vuxenskolan Örebro län": a county's name takes its "län"
                if e < len(doc) and doc[e].lower_ == "län" and doc[e - 1].text in _county_names():
                    e += 1
                # "Samordningsförbundet Hallands inland", "Föreningen Norrbottens kustland":
                # a place's genitive ends the name before the part of it that is its head
                if (
                    e < len(doc)
                    and doc[e].lower_ in lexicon.PLACE_PART_WORDS
                    and doc[e - 1].text.endswith("s")
                    and doc[e - 1].is_title
                ):
                    e += 1
                # "Somaliska Föräldraföreningen i Västerås": the town is part of the name
                if (
                    headed(s, e)
                    and e + 1 < len(doc)
                    and doc[e].lower_ == "i"
                    and doc[e + 1].text in places
                ):
                    e += 2
                kept.append((s, e))
    return kept
