"""The words the relation rules look for, and the periods and amounts they read.

Trigger words of funding, collaboration and lead, the classes of funders and recipients,
and :func:`period` and :func:`amount`, which read a sentence's dates and sums of money.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> sent = parse("Sedan 2017 har Mora kommun fått 2,5 miljoner kronor.")[:]
>>> period(sent), amount(sent)
(('2017', None), 2500000)
"""

from __future__ import annotations

import itertools

from samverkan.draft import lexicon
from samverkan.draft.actors import Found
from samverkan.draft.nlp import page_text

__all__ = ["amount", "period"]


_FUNDING_NOUNS = {
    "medel",
    "projektmedel",
    "utvecklingsmedel",
    "37a-medel",
    "bidrag",
    "stöd",
    "finansiering",
    "statsbidrag",
    "pengar",
    "anslag",
    "kronor",
}


# "X och Y får bidrag": a receiving verb before a funding noun, the funder left unnamed
_RECEIVE = {"får", "fick", "tilldelas", "tilldelades", "erhåller", "erhöll"}


# "X deltar/medverkar": a part of the collaboration the page has just described; "X anslöt
# den 1 maj", "X har anslutit sig": a later member of it (not "vill ansluta": only planned)
_JOIN = {
    "bidrar",
    "deltar",
    "medverkar",
    "deltog",
    "medverkade",
    "anslöt",
    "ansluter",
    "anslutit",
}


# money words after "bidrar med": "bidrar med 200 000 kronor", "bidrar inte med pengar"
_MONEY_AFTER = _FUNDING_NOUNS | {"kr", "tkr", "mnkr", "miljon", "miljoner", "procent"}


def _gives_support(lowers: list[str], k: int) -> bool:
    """ "X bidrar med två konsulenter", "Regionen bidrar själv med lokaler": staff or premises
    given, a ``sam:Support`` of the giver and no membership (docs/modelling.md); money given
    ("bidrar med 200 000 kronor") is left to the words of funding."""
    if lowers[k] not in {"bidrar", "bidrog", "bidragit"}:
        return False
    after = lowers[k + 1 : k + 4]
    if "med" not in after[:2]:
        return False
    start = k + 1 + after.index("med")
    return not any(w in _MONEY_AFTER for w in lowers[start : start + 6])


_FUNDING_VERBS = ("finansier", "bevilja", "bekost")


# active funding verbs: the funders are the subject before the verb ("X och Y bekostar ...")
_ACTIVE_FUNDING = {
    "finansierar",
    "finansierade",
    "finansierat",
    "bekostar",
    "bekostade",
    "bekostat",
    "bevilja",  # "X beslutade att bevilja ..."
    "beviljar",
    "beviljade",
    "beviljat",
    "sponsrar",
    "betalar",
    "betalade",
    "ersätter",
    "ersatte",
}


# "X ger ett årligt bidrag till Y", "X lämnade medel till Y": money given, the giver the
# subject and the one named after "till" the grantee (round 37 of learning)
_GIVES_MONEY = {"ger", "gav", "lämnar", "lämnade"}
_GIVEN_MONEY = ("bidrag", "medel", "pengar", "anslag", "finansiering")


def _gives_money_to(lowers: list[str], k: int, named: set[int]) -> bool:
    """Whether ``lowers[k]`` gives money to an actor named just after "till" (``named``:
    the positions of the sentence's actors, counted from its start).

    >>> _gives_money_to("x ger ett årligt bidrag till y för läxhjälpen".split(), 1, {0, 6})
    True
    >>> _gives_money_to("x ger stöd till nyanlända".split(), 1, {0})
    False
    >>> _gives_money_to("x ger bidrag till föreningar".split(), 1, {0})
    False
    """
    if lowers[k] not in _GIVES_MONEY:
        return False
    after = lowers[k + 1 : k + 5]
    money = next((n for n, w in enumerate(after) if w.endswith(_GIVEN_MONEY)), None)
    if money is None or "till" not in after[money + 1 : money + 2]:
        return False
    to = k + 1 + money + 1
    return any(j in named for j in range(to + 1, to + 3))


# "X har gett Y 15 000 kronor i bidrag", "X ger Y och Z 20 000 kronor var": a sum given,
# the one given to named right after the verb (round 50 of learning)
_GIVES_A_SUM = _GIVES_MONEY | {"gett", "givit", "lämnat"}


def _gives_a_sum(lowers: list[str], k: int, named: set[int]) -> bool:
    """Whether ``lowers[k]`` gives a sum of money to the actor named right after it
    (``named``: the positions of the sentence's actors, counted from its start).

    >>> _gives_a_sum("x har gett y z 15 000 kronor i bidrag".split(), 2, {0, 3})
    True
    >>> _gives_a_sum("x ger 30 unga 500 kronor".split(), 1, {0})
    False
    >>> _gives_a_sum("x ger y ett rum . 500 kronor".split(), 1, {0, 2})
    False
    """
    if lowers[k] not in _GIVES_A_SUM or k + 1 not in named:
        return False
    after = lowers[k + 2 : k + 12]
    end = next((n for n, w in enumerate(after) if w in {".", ";", "som", "men"}), len(after))
    return any(
        w in _SUM_WORDS and n and any(c.isdigit() for c in after[n - 1])
        for n, w in enumerate(after[:end])
    )


_PAYING = {"betalar", "betalade", "ersätter", "ersatte"}
_SUMS = {"kronor", "kr", "tkr", "mnkr", "miljoner"}
#: the words of a sum a grant names (:func:`_gives_a_sum`): those of a payment, and "1 miljon"
_SUM_WORDS = _SUMS | {"miljon"}
# a payment stated as a share or a fee, not a sum: "betalar Y en ersättning per elevplats",
# "ersätter Y för 45 procent av kostnaderna"
_SHARES = {"ersättning", "procent", "hälften", "andel", "kostnaden", "kostnaderna"}


def _pays_a_sum(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` pays a sum the sentence names: "X och Y ersätter Z med 9 800
    kronor per deltagare", "X betalar Y 40 000 kronor" (the payers are the subjects; the
    caller asks for a name right after the verb, the one paid).

    >>> _pays_a_sum("x ersätter y med 9 800 kronor per deltagare".split(), 1)
    True
    >>> _pays_a_sum("x betalar hyran för lokalen".split(), 1)
    False
    >>> _pays_a_sum("x betalar y för varje utbildningsplats".split(), 1)
    True
    """
    after = lowers[k + 1 :]
    # "betalar Y per deltagare", "ersätter Y för varje plats": a fee by the unit
    fee = "per" in after or any(p == ("för", "varje") for p in itertools.pairwise(after))
    return lowers[k] in _PAYING and (bool((_SUMS | _SHARES) & set(after)) or fee)


# words that may stand between a subject and its verb: "X, som har beviljat", "X också"
_BEFORE_VERB = {"också", "även", "dessutom", "har", "hade", "som", ","}


_COFUNDING = ("samfinansier", "delfinansier", "medfinansier")


_COLLAB = {
    "styrgrupp",
    "styrgruppen",
    "arbetsgrupp",
    "arbetsgruppen",
    "samverkansgrupp",
    "samverkansgruppen",
    "referensgrupp",
    "tillsammans",
    "samarbete",
    "samverkar",
    "samverkan",
    "samverkansprojekt",
    "samarbetar",
    "består",
    "bestod",
    "ingår",
    "partner",
    "parter",
    "partnerskap",
    "leder",
    "leds",
    "förgrenar",
    "samlar",
    "driver",
    "drivs",
    # "Nätverket startades 2019 av A, B och C": its founders are its first members
    "startades",
    "grundades",
    "bildades",
    "överens",
    "samordna",
    "samordnar",
    "bidrar",
    "deltar",
    "deltog",
    "medverkar",
    "medverkade",
    "anslöt",
    "ansluter",
    "anslutit",
    "ingick",
    "medlem",
    "medlemmar",
    "utbyter",
    "iop",
    # who arranges a piece of work, and its partners named by a compound: "Veckan ordnas av
    # A, B och C", "Arrangörer är A och B", "Samarbetspartner är A och B" (round 65 of
    # learning)
    "ordnas",
    "anordnas",
    "arrangeras",
    "arrangörer",
    "medarrangörer",
    "samarbetspartner",
    "samarbetspartners",
    "samarbetsparter",
    "samverkansparter",
    "samverkanspartner",
    # "Organisatörer är A och B", "Huvudmän för veckan är A och B" (round 67 of learning)
    "organisatörer",
    "huvudmän",
}


# "Norsjö kommun är medlem i samma nätverk": joining words whose one member joins the page's
_MEMBERSHIP = {"medlem", "medlemmar", "utbyter"}


_PRONOUNS = {"vi", "vår", "vårt", "våra", "oss"}


# words that list a body's members, sentence after sentence: "ingår", "företräds av"
_LISTING = {"ingår", "ingick", "sitter", "satt", "företräds", "representeras", "representerade"}


# "ett projekt som X äger" (round 48 of learning)
_RUN = {"driver", "drivs", "bedriver", "startat", "startade", "genomför", "äger"}


_CLAUSE = {"som", "genomförs", "genomför", "drivs"}


_FUNDER_CLASSES = {
    "sam:CountyAdministrativeBoard",
    "sam:Region",
    "sam:StateAgency",
    "sam:EUFund",
    "sam:Municipality",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalAssociation",
    "sam:CivilSocietyOrganization",
}


# where money comes from: "medel från X", "finansieras av X", "medel ur Arvsfonden"
_SOURCE = {"från", "av", "ur"}


_NUMBERS = {"båda": 2, "bägge": 2, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}


_RECIPIENTS = {
    "sam:MunicipalAssociation",
    "sam:Municipality",
    "sam:Region",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalUnit",
    "sam:CivilSocietyOrganization",
    "sam:CivilSocietyGroup",
    "sam:MunicipalCompany",
    "sam:StateAgency",
    # an agency's local office takes part as the agency does: "Arbetsförmedlingen i Kil är
    # samverkanspart" (round 94 of learning)
    "sam:AgencyUnit",
}


_POSTS = {"org:Post", "sam:CoordinatorPost"}


_PUBLIC_PARTNERS = {
    "sam:Municipality",
    "sam:Region",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalUnit",
    "sam:StateAgency",
}


_UNITS = {"sam:Department", "sam:CentralAdministration", "sam:MunicipalUnit"}


_ANAPHORA = lexicon.WORK_BACK


_SEASONS = {"våren", "hösten", "sommaren", "vintern"}


# a collaboration a sentence names as its own body
_GROUPS = {
    "styrgrupp",
    "styrgruppen",
    "arbetsgrupp",
    "arbetsgruppen",
    "referensgrupp",
    "referensgruppen",
    "samverkansgrupp",
    "samverkansgruppen",
}


def period(sent) -> tuple[str | None, str | None]:
    """Start and end dates a sentence gives, at the precision it gives them.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> period(parse("Projektet har pågått mellan mars 2017 och februari 2019.")[:])
    ('2017-03', '2019-02')
    >>> period(parse("Nätverket har funnits sedan 2017.")[:])
    ('2017', None)
    """
    dates = []
    for token in sent:
        if token.is_digit and len(token.text) == 4 and token.text[:2] in {"19", "20"}:
            previous = token.nbor(-1) if token.i > sent.start else None
            month = lexicon.MONTHS.get(previous.lower_) if previous is not None else None
            dates.append((token.text if month is None else f"{token.text}-{month:02d}", token.i))
    if not dates:
        return None, None
    words = {t.lower_ for t in sent}
    if len(dates) >= 2 and ("mellan" in words or "till" in words or "–" in words or "-" in words):
        return dates[0][0], dates[1][0]
    if words & {"sedan", "under", "från", "startade", "startades", "började", "i"} | _SEASONS:
        return dates[0][0], None
    return None, None


_MULTIPLIERS = {
    "tusen": 1_000,
    "miljon": 1_000_000,
    "miljoner": 1_000_000,
    "miljard": 1_000_000_000,
    "miljarder": 1_000_000_000,
}


def amount(sent) -> int | None:
    """The first amount of money in kronor a sentence gives.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> amount(parse("Umeå kommun beviljas 850 000 kronor för språkcaféer.")[:])
    850000
    >>> amount(parse("Kostnaden var 1,2 miljoner kronor.")[:])
    1200000
    """
    tokens = list(sent)
    for k, token in enumerate(tokens):
        if token.lower_ not in {"kronor", "kr", "kr."}:
            continue
        j, factor = k - 1, 1
        if j >= 0 and tokens[j].lower_ in _MULTIPLIERS:
            factor, j = _MULTIPLIERS[tokens[j].lower_], j - 1
        digits: list[str] = []
        while j >= 0 and tokens[j].text.replace(",", "").isdigit() and len(digits) < 4:
            digits.insert(0, tokens[j].text)
            j -= 1
        if not digits:
            continue
        if len(digits) > 1 and all(len(d) == 3 for d in digits[1:]):
            number = float("".join(digits).replace(",", "."))
        else:
            number = float(digits[-1].replace(",", "."))
        return round(number * factor)
    return None


def _actors_in(sent, found: Found) -> list[tuple[str, int]]:
    out = []
    for i in range(sent.start, sent.end):
        if i in found.at_token:
            iri, _end = found.at_token[i]
            if not out or out[-1][0] != iri:
                out.append((iri, i))
    return out


def _quote_span(sent, indices: list[int]) -> tuple[int, int]:
    doc = sent.doc
    first, last = min(indices), max(indices)
    end_token = found_end = last
    for i in range(last, sent.end):
        if doc[i].is_punct or doc[i].is_space:
            break
        found_end = i
    end_token = found_end
    start = doc[first].idx
    end = doc[end_token].idx + len(doc[end_token].text)
    if end - start > 200:
        end = start + 200
        text = page_text(doc)[start:end]
        end = start + len(text.rsplit(" ", 1)[0])
    return start, end


_BULLETS = {"-", "–", "•", "*", "·"}
# the arrows and squares that posts on social media and newsletters open their list lines with:
# "Vi är fyra företag i samarbetet:\n→ X AB\n→ Y AB"
_BULLETS |= {"→", "►", "▪", "➢"}


_LINKS = {"och", ",", "samt"}


def _comma_clause_opening(lowers: list[str], comma: int) -> int:
    """Where a clause set off by commas opens, when the comma at ``comma`` closes it and the
    clause is a relative or an apposition ("Sfi Falun, som hör till bildningsförvaltningen,
    blev part", "Föreningen X, en förening för ..., blev part"): the index of its opening
    comma, else -1. The subject of the verb after it stands before that comma.

    >>> _comma_clause_opening("a , som hör till b , blev part".split(), 6)
    1
    >>> _comma_clause_opening("a , b och c , blev part".split(), 5)
    -1
    """
    if comma < 1 or lowers[comma] != ",":
        return -1
    opening = max((j for j in range(comma) if lowers[j] == ","), default=-1)
    return opening if opening >= 0 and lowers[opening + 1] in {"som", "en", "ett"} else -1
