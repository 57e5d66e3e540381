"""units: printed unit names -> symbol, kind and SI factor (the table checked against pint)."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse.text.units import CURRENCY, UNIT, currency_code, lookup

UNITS = [
    (" kilograms", "kg", "measure"),
    (" metric tons", "t", "measure"),
    (" tons", "ton", "measure"),
    (" pounds", "lb", "measure"),
    (" km", "km", "measure"),
    (" miles", "mi", "measure"),
    (" acres", "acre", "measure"),
    (" gallons", "gal", "measure"),
    (" MW", "MW", "measure"),
    (" square kilometres", "km²", "measure"),
    (" mph", "mph", "measure"),
    ("-month", "month", "duration"),
    (" decades", "year", "duration"),
    ("%", "percent", "percent"),
    (" per cent", "percent", "percent"),
    (" dollars", "USD", "money"),
    (" euros", "EUR", "money"),
    (" percentage points", "percentage point", "percent"),
]


@pytest.mark.parametrize(("printed", "symbol", "kind"), UNITS)
def test_unit_names(printed: str, symbol: str, kind: str) -> None:
    m = UNIT.match(printed)
    assert m is not None
    unit, _ = lookup(m.group("unit"))
    assert (unit.symbol, unit.kind) == (symbol, kind)


@pytest.mark.parametrize("printed", [" m", " g", " usd", " Men", " kilogramme", " gray"])
def test_not_units(printed: str) -> None:
    assert UNIT.match(printed) is None


PINT_NAMES = [
    (" kilograms", "kilogram"),
    (" grams", "gram"),
    (" pounds", "pound"),
    (" ounces", "ounce"),
    (" metric tons", "metric_ton"),
    (" short tons", "short_ton"),
    (" km", "kilometer"),
    (" miles", "mile"),
    (" feet", "foot"),
    (" acres", "acre"),
    (" hectares", "hectare"),
    (" gallons", "gallon"),
    (" litres", "liter"),
    (" barrels", "oil_barrel"),
    (" square miles", "mile**2"),
    (" mph", "mile/hour"),
    (" MW", "megawatt"),
    (" kWh", "kilowatt_hour"),
    (" km2", "kilometer**2"),
    (" sq mi", "mile**2"),
    (" km cubed", "kilometer**3"),
    (" nm", "nanometer"),
    (" ml", "milliliter"),
    (" cl", "centiliter"),
    (" L", "liter"),
    (" mi", "mile"),
    (" t", "metric_ton"),
    (" Wh", "watt_hour"),
    (" GWh", "gigawatt_hour"),
    (" eV", "electron_volt"),
    (" TeV", "teraelectron_volt"),
    (" GHz", "gigahertz"),
    (" cups", "cup"),
    (" tbsp", "tablespoon"),
    (" tsp", "teaspoon"),
    (" hrs", "hour"),
    (" years", "year"),
    (" months", "month"),
    (" days", "day"),
    (" mGy", "milligray"),
    (" millisieverts", "millisievert"),
    (" Sv", "sievert"),
    (" pm", "picometer"),
    (" am", "attometer"),
    (" km/s2", "kilometer/second**2"),
    (" m/s²", "meter/second**2"),
    (" tpd", "metric_ton/day"),
    (" fb−1", "1/femtobarn"),
    (" pb-1", "1/picobarn"),
    (" s-1", "1/second"),
]


@pytest.fixture(scope="module")
def ureg() -> Any:
    pint = pytest.importorskip("pint")
    return pint.UnitRegistry()


@pytest.mark.parametrize(("printed", "pint_name"), PINT_NAMES)
def test_factors_agree_with_pint(ureg: Any, printed: str, pint_name: str) -> None:
    m = UNIT.match(printed)
    assert m is not None
    unit, _ = lookup(m.group("unit"))
    # 1e-5: pint moved the acre from the US survey foot to the international foot (4e-6 apart)
    assert unit.factor == pytest.approx(ureg.Quantity(1, pint_name).to_base_units().magnitude, rel=1e-5)


@pytest.mark.parametrize(
    ("before", "code"), [("cost $", "USD"), ("A$", "AUD"), ("€", "EUR"), ("US$", "USD"), ("GBP ", "GBP")]
)
def test_currency_prefixes(before: str, code: str) -> None:
    m = CURRENCY.search(before)
    assert m is not None
    assert currency_code(m.group()) == code
