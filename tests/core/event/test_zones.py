"""Which names count as IANA zones (issue 19: checked in the tz database's listing
itself, not in a set of every name held for the whole run)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.event import zones

NAMES = sorted(zones.iana_zone_names())


def test_every_place_of_the_listing_is_a_zone_and_the_others_are_not() -> None:
    assert {"Africa/Accra", "Africa/Dar_es_Salaam", "Indian/Antananarivo", "UTC"} <= set(NAMES)
    assert all(zones.is_iana_zone(n) for n in NAMES)
    for name in ("localtime", "posixrules", "Factory", "posix/Africa/Accra", "right/UTC"):
        assert not zones.is_iana_zone(name), name
        assert name not in NAMES


@given(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(NAMES).flatmap(
            lambda n: st.sampled_from(
                [
                    n,
                    n + "\n",
                    "\n" + n,
                    n + " ",
                    n.lower(),
                    n[:-1],
                    n + "/",
                    f"{n}\nUTC",
                    n.replace("/", "\n"),
                    "\u2028" + n,
                    n + "\x00",
                ]
            )
        ),
    )
)
def test_a_name_is_a_zone_exactly_when_it_is_in_the_set_of_names(name: str) -> None:
    assert zones.is_iana_zone(name) == (name in set(NAMES))


def test_unknown_and_empty_names_give_no_zone() -> None:
    assert zones.zone_or_none("") is None
    assert zones.zone_or_none("Mars/Olympus_Mons") is None
    assert zones.zone_or_none("../../etc/passwd") is None
    zone = zones.zone_or_none(" Africa/Accra ")
    assert zone is not None and str(zone) == "Africa/Accra"
