"""Share of a published quantity test set that the figure extractor reads right (value and unit).

    python scripts/quantities.py PATH/quantities.json [--misses]

The file is quantulum3's ``_lang/en_US/tests/quantities.json`` (a list of {"req": sentence,
"res": [{"surface", "value", "unit", "uncertainty"?}]}), read from a local copy: it is another
project's test data and is never committed here. Each expected quantity is right when a figure
of its sentence has the same value (a range: the midpoint of value and max, as that set writes
it) and the same unit (the set's unit names mapped to pressparse's symbols below; a few with a factor,
as pressparse gives cents in dollars and gigayears in years).

Some of the set's expected quantities are no figures by the labelling guide (figures section): years
("2005", "the 1960s"), names and model numbers ("South 32 Ltd", "i7 860", "English 101"), number words
without a unit ("ten pills", "two thirds", "a hundred and two"), "a" without a qualifier ("a gallon"),
levels ("zones 7 to 10"), and a mixed duration, which the guide gives in its smaller unit (258 month
for "twenty-one years and six months"). Rates of money ("$15.4/hour") are money in the guide (15.4
USD), not the set's "dollar per hour"; those stay misses rather than be mapped.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from pressparse.context import Context
from pressparse.extract import figures
from pressparse.models import Figure

# that set's unit names -> pressparse's unit symbols (None: a bare count)
UNIT_NAMES: dict[str, str | None] = {
    "dimensionless": None,
    "metre": "m",
    "kilometre": "km",
    "mile": "mi",
    "inch": "in",
    "nanometre": "nm",
    "picometre": "pm",
    "attometre": "am",
    "square kilometre": "km²",
    "square mile": "mi²",
    "cubic kilometre": "km³",
    "cubic centimetre": "mL",  # that set writes "ml" as cubic centimetres
    "electronvolt": "eV",
    "teraelectronvolt": "TeV",
    "gigahertz": "GHz",
    "megabyte": "MB",
    "exabyte": "EB",
    "milligray": "mGy",
    "byte": "B",
    "cup": "cup",
    "tablespoon": "tbsp",
    "litre": "L",
    "centilitre": "cL",
    "gallon": "gal",
    "milligram": "mg",
    "kilogram": "kg",
    "pound-mass": "lb",
    "tonne": "t",
    "dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "percentage": "percent",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "watt hour": "Wh",
    "megawatt hour": "MWh",
    "kilometre per hour": "km/h",
    "degree Celsius": "°C",
    "degree fahrenheit": "°F",
    "ton per day": "t/d",  # "tpd": a mill's metric tons a day
    "inverse femtobarn": "fb⁻¹",
    "inverse second": "s⁻¹",
    "kilometre per square second": "km/s²",
}


# that set's names of units that pressparse gives as a multiple of another: a cent is a hundredth of
# a dollar, a gigayear a billion years (durations are in years, as "three decades" is 30 year)
SCALED_UNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "gigayear": ("year", 1e9),
    "megayear": ("year", 1e6),
}


def _figures(sentence: str) -> tuple[Figure, ...]:
    text = "Headline\n\n" + sentence
    return figures.extract(Context.for_body(text, body=(10, len(text))))


def _right(expected: dict[str, Any], found: tuple[Figure, ...]) -> bool:
    name = expected["unit"]
    unit, factor = SCALED_UNITS.get(name, (UNIT_NAMES.get(name, name), 1.0))
    want = float(expected["value"]) * factor
    for f in found:
        value = (f.value + f.max) / 2 if f.max is not None and "uncertainty" in expected else f.value
        if f.unit == unit and math.isclose(value, want, rel_tol=1e-6, abs_tol=1e-9):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--misses", action="store_true", help="print each quantity read wrong")
    args = ap.parse_args()
    cases = json.loads(args.path.read_text(encoding="utf-8"))
    right = total = extra = with_unit = right_with_unit = 0
    for case in cases:
        found = _figures(case["req"])
        for q in case["res"]:
            total += 1
            with_unit += q["unit"] != "dimensionless"
            if _right(q, found):
                right += 1
                right_with_unit += q["unit"] != "dimensionless"
            elif args.misses:
                print(f"MISS {q['surface']!r} = {q['value']} {q['unit']}  in {case['req'][:90]!r}")
                print(f"     got {[(f.text, f.value, f.max, f.unit) for f in found]}")
        extra += max(0, len(found) - len(case["res"]))
    print(f"right {right}/{total} = {right / total:.1%}; figures beyond the expected count: {extra}")
    # bare numbers without a unit ("42", "two", years) are no figures by the labelling guide
    print(f"with a unit: right {right_with_unit}/{with_unit} = {right_with_unit / with_unit:.1%}")


if __name__ == "__main__":
    main()
