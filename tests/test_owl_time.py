"""Periods in W3C OWL-Time, built by the library query construct-owl-time.

Hand-read from document 002: LIS ran from March 2017 to February 2019; from document 004:
Öar utan gränser began in 2015 and was ongoing on 2019-04-08.
"""

from __future__ import annotations

from samverkan.query import run_query

ID = "https://w3id.org/samverkan/id/"
TIME = "http://www.w3.org/2006/time#"


def test_periods_as_owl_time_intervals(built: object) -> None:
    frame = run_query(built, "construct-owl-time", labels=False)
    triples = {(r.subject, r.predicate, str(r.object)) for r in frame.itertuples()}
    lis = ID + "initiativ/lis"
    assert (lis, TIME + "hasTime", lis + "#period") in triples
    assert (lis + "#period", TIME + "hasBeginning", lis + "#period-begin") in triples
    assert (lis + "#period-begin", TIME + "inXSDgYearMonth", "2017-03") in triples
    assert (lis + "#period-end", TIME + "inXSDgYearMonth", "2019-02") in triples
    oar = ID + "initiativ/oar-utan-granser"
    assert (oar + "#period-begin", TIME + "inXSDgYear", "2015") in triples
    assert (oar + "#period", TIME + "inside", oar + "#ongoing-as-of") in triples
    assert (oar + "#ongoing-as-of", TIME + "inXSDDate", "2019-04-08") in triples
    assert not any(s == oar + "#period" and p == TIME + "hasEnd" for s, p, _ in triples)
