"""Units of figures: printed unit names -> symbol, kind and factor to the SI base unit.

Takes a unit as printed ("kilograms", "metric tons", "mph", "per cent", "dollars", "A$");
gives a ``Unit``. The factors are a small table, not pint: pint needs ~0.7 s to build its
registry and ~30 us per conversion, the table needs nothing and a dict look-up; the tests
check every factor here against pint, so the table cannot drift from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR_S = 31_557_600.0  # Julian year, pint's "year"


@dataclass(frozen=True)
class Unit:
    symbol: str
    kind: str  # measure, duration, percent or money
    factor: float | None = None  # value in ``si`` per one of this unit
    si: str | None = None
    scale: float = 1.0  # "decades" are 10 years: value x scale in ``symbol``


_MEASURES: dict[str, Unit] = {}
_CASED: dict[str, Unit] = {}  # abbreviations read only in the case printed


def _add(names: str, unit: Unit, cased: str = "") -> None:
    for name in names.split("|"):
        if name:
            _MEASURES[name] = unit
    for name in cased.split("|"):
        if name:
            _CASED[name] = unit


KG = Unit("kg", "measure", 1.0, "kg")
_add("kilograms|kilogram|kilos|kilo|kgs", KG, "kg")
_add("grams|gram", Unit("g", "measure", 1e-3, "kg"))
_add("milligrams|milligram", Unit("mg", "measure", 1e-6, "kg"), "mg")
_add("pounds|pound|lbs|lb", Unit("lb", "measure", 0.45359237, "kg"))
_add("ounces|ounce|oz", Unit("oz", "measure", 0.028349523125, "kg"))
_add("metric tons|metric ton|metric tonnes|tonnes|tonne", Unit("t", "measure", 1000.0, "kg"), "t")
_add("short tons|short ton|tons|ton", Unit("ton", "measure", 907.18474, "kg"))
_add("kilometres|kilometers|kilometre|kilometer", Unit("km", "measure", 1000.0, "m"), "km")
_add("metres|meters|metre|meter", Unit("m", "measure", 1.0, "m"))
_add(
    "micrometres|micrometers|micrometre|micrometer|microns|micron", Unit("µm", "measure", 1e-6, "m"), "µm|μm"
)
_add("nanometres|nanometers|nanometre|nanometer", Unit("nm", "measure", 1e-9, "m"), "nm")
# "pm" and "am" are lengths only where the number cannot be a clock time (the figure extractor checks)
_add("picometres|picometers|picometre|picometer", Unit("pm", "measure", 1e-12, "m"), "pm")
_add("attometres|attometers|attometre|attometer", Unit("am", "measure", 1e-18, "m"), "am")
_add("centimetres|centimeters|centimetre|centimeter", Unit("cm", "measure", 0.01, "m"), "cm")
_add("millimetres|millimeters|millimetre|millimeter", Unit("mm", "measure", 0.001, "m"))
_add("miles|mile", Unit("mi", "measure", 1609.344, "m"), "mi")
_add("feet|foot", Unit("ft", "measure", 0.3048, "m"), "ft")
_add("inches|inch", Unit("in", "measure", 0.0254, "m"))
_add("yards|yard", Unit("yd", "measure", 0.9144, "m"))
_add(
    "square kilometres|square kilometers|square kilometre|square kilometer|sq km|sq. km",
    Unit("km²", "measure", 1e6, "m²"),
    "km²|km2|km^2|km squared",
)
_add("square miles|square mile|sq mi|sq. mi", Unit("mi²", "measure", 2_589_988.110336, "m²"), "mi²|mi^2")
_add("square feet|square foot", Unit("ft²", "measure", 0.09290304, "m²"), "sq ft|sq. ft.")
_add("square metres|square meters|square metre|square meter", Unit("m²", "measure", 1.0, "m²"), "m²|m^2")
_add("acres|acre", Unit("acre", "measure", 4046.8726098742513, "m²"))
_add("hectares|hectare", Unit("ha", "measure", 1e4, "m²"), "ha")
_add("gallons|gallon", Unit("gal", "measure", 0.003785411784, "m³"))
_add("litres|liters|litre|liter", Unit("L", "measure", 1e-3, "m³"), "L")
_add("millilitres|milliliters|millilitre|milliliter", Unit("mL", "measure", 1e-6, "m³"), "ml|mL")
_add("centilitres|centiliters|centilitre|centiliter", Unit("cL", "measure", 1e-5, "m³"), "cl|cL")
_add(
    "cubic kilometres|cubic kilometers|cubic kilometre|cubic kilometer",
    Unit("km³", "measure", 1e9, "m³"),
    "km³|km3|km^3|km cubed",
)
_add("cubic metres|cubic meters|cubic metre|cubic meter", Unit("m³", "measure", 1.0, "m³"), "m³|m^3")
_add("cups|cup", Unit("cup", "measure", 2.365882365e-4, "m³"))
_add("tablespoons|tablespoon|tbsp", Unit("tbsp", "measure", 1.478676478125e-5, "m³"))
_add("teaspoons|teaspoon|tsp", Unit("tsp", "measure", 4.92892159375e-6, "m³"))
_add("barrels|barrel", Unit("bbl", "measure", 0.158987294928, "m³"), "bbl")
_add("cubic yards|cubic yard", Unit("yd³", "measure", 0.764554857984, "m³"))
_add("cubic feet|cubic foot", Unit("ft³", "measure", 0.028316846592, "m³"))
_add("miles per hour|mile per hour", Unit("mph", "measure", 0.44704, "m/s"), "mph|MPH")
_add("kilometres per hour|kilometers per hour", Unit("km/h", "measure", 1 / 3.6, "m/s"), "km/h|kph")
_add("", Unit("m/s²", "measure", 1.0, "m/s²"), "m/s²|m/s2|m/s^2")
_add("metres per second|meters per second", Unit("m/s", "measure", 1.0, "m/s"), "m/s")
_add("", Unit("km/s", "measure", 1000.0, "m/s"), "km/s")
_add("", Unit("km/s²", "measure", 1000.0, "m/s²"), "km/s²|km/s2|km/s^2")
# a mill's or plant's throughput in metric tons a day: "4,500 tpd"
_add("", Unit("t/d", "measure", 1000.0 / 86_400, "kg/s"), "tpd|t/d")
# a collider's integrated luminosity ("1 fb−1") and a frequency in inverse seconds ("4e14 s-1")
_add("inverse femtobarns|inverse femtobarn", Unit("fb⁻¹", "measure", 1e43, "m⁻²"), "fb⁻¹|fb−1|fb-1|fb^-1")
_add("inverse picobarns|inverse picobarn", Unit("pb⁻¹", "measure", 1e40, "m⁻²"), "pb⁻¹|pb−1|pb-1|pb^-1")
_add("", Unit("s⁻¹", "measure", 1.0, "Hz"), "s⁻¹|s−1|s-1|s^-1")
_add("megawatts|megawatt", Unit("MW", "measure", 1e6, "W"), "MW")
_add("kilowatts|kilowatt", Unit("kW", "measure", 1e3, "W"), "kW")
_add("gigawatts|gigawatt", Unit("GW", "measure", 1e9, "W"), "GW")
_add("megawatt-hours|megawatt hours|megawatt-hour", Unit("MWh", "measure", 3.6e9, "J"), "MWh")
_add("kilowatt-hours|kilowatt hours|kilowatt-hour", Unit("kWh", "measure", 3.6e6, "J"), "kWh")
_add("watt-hours|watt hours|watt-hour", Unit("Wh", "measure", 3.6e3, "J"), "Wh")
_add("gigawatt-hours|gigawatt hours|gigawatt-hour", Unit("GWh", "measure", 3.6e12, "J"), "GWh")
_add("terawatt-hours|terawatt hours|terawatt-hour", Unit("TWh", "measure", 3.6e15, "J"), "TWh")
_add("electronvolts|electron volts|electronvolt", Unit("eV", "measure", 1.602176634e-19, "J"), "eV")
_add("", Unit("MeV", "measure", 1.602176634e-13, "J"), "MeV")
_add("", Unit("GeV", "measure", 1.602176634e-10, "J"), "GeV")
_add("", Unit("TeV", "measure", 1.602176634e-7, "J"), "TeV")
_add("hertz", Unit("Hz", "measure", 1.0, "Hz"), "Hz")
_add("kilohertz", Unit("kHz", "measure", 1e3, "Hz"), "kHz")
_add("megahertz", Unit("MHz", "measure", 1e6, "Hz"), "MHz")
_add("gigahertz", Unit("GHz", "measure", 1e9, "Hz"), "GHz")
_add("bytes", Unit("B", "measure", 1.0, "B"))
_add("kilobytes", Unit("kB", "measure", 1e3, "B"), "kB|KB")
_add("megabytes", Unit("MB", "measure", 1e6, "B"), "MB")
_add("gigabytes", Unit("GB", "measure", 1e9, "B"), "GB")
_add("terabytes", Unit("TB", "measure", 1e12, "B"), "TB")
_add("petabytes|petabyte", Unit("PB", "measure", 1e15, "B"), "PB")
_add("exabytes|exabyte", Unit("EB", "measure", 1e18, "B"), "EB")
# absorbed and equivalent doses of radiation ("gray" alone is a colour: only its symbol)
_add("milligrays|milligray", Unit("mGy", "measure", 1e-3, "Gy"), "mGy")
_add("", Unit("Gy", "measure", 1.0, "Gy"), "Gy")
_add("millisieverts|millisievert", Unit("mSv", "measure", 1e-3, "Sv"), "mSv")
_add("sieverts|sievert", Unit("Sv", "measure", 1.0, "Sv"), "Sv")
# British shorthands for a percent and for basis points, in lower case only ("PC" is a computer)
_add("", Unit("percent", "percent"), "pc")
_add("", Unit("basis point", "percent"), "bps|bp")
# temperatures are points on a scale, not amounts of a base unit: no factor
_add("degrees celsius|degree celsius|degrees centigrade", Unit("°C", "measure"), "°C|ºC|° C")
_add("degrees fahrenheit|degree fahrenheit", Unit("°F", "measure"), "°F|ºF|° F")

# geological time: "1 Ga" is a billion years, "66 Ma ago" a date (given in years, like decades)
_add("gigaannum|gigaanna|gigayears|gigayear", Unit("year", "duration", _YEAR_S, "s", 1e9), "Ga|Gyr")
_add("megaannum|megaanna|megayears|megayear", Unit("year", "duration", _YEAR_S, "s", 1e6), "Ma|Myr")

_DURATIONS: dict[str, Unit] = {
    "decades": Unit("year", "duration", _YEAR_S, "s", 10.0),
    "decade": Unit("year", "duration", _YEAR_S, "s", 10.0),
    "years": Unit("year", "duration", _YEAR_S, "s"),
    "year": Unit("year", "duration", _YEAR_S, "s"),
    "months": Unit("month", "duration", _YEAR_S / 12, "s"),
    "month": Unit("month", "duration", _YEAR_S / 12, "s"),
    "weeks": Unit("week", "duration", 604_800.0, "s"),
    "week": Unit("week", "duration", 604_800.0, "s"),
    "days": Unit("day", "duration", 86_400.0, "s"),
    "day": Unit("day", "duration", 86_400.0, "s"),
    "hours": Unit("hour", "duration", 3600.0, "s"),
    "hour": Unit("hour", "duration", 3600.0, "s"),
    "hrs": Unit("hour", "duration", 3600.0, "s"),
    "minutes": Unit("minute", "duration", 60.0, "s"),
    "minute": Unit("minute", "duration", 60.0, "s"),
    "mins": Unit("minute", "duration", 60.0, "s"),
    "seconds": Unit("second", "duration", 1.0, "s"),
}
PERCENT = Unit("percent", "percent")
_PERCENTS = {
    "percent": PERCENT,
    "per cent": PERCENT,
    "%": PERCENT,
    "pct": PERCENT,
    "wt%": PERCENT,
    "wt.%": PERCENT,
    "percentage points": Unit("percentage point", "percent"),
    "percentage point": Unit("percentage point", "percent"),
    "basis points": Unit("basis point", "percent"),
    "basis point": Unit("basis point", "percent"),
}

# currency signs and codes printed before the number
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "$A": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CDN$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "R$": "BRL",
    "₩": "KRW",
    "KSh": "KES",
    "Ksh": "KES",
    "USh": "UGX",
    "TSh": "TZS",
    "₦": "NGN",
    "GH₵": "GHS",
}
CODES = (
    "USD", "EUR", "GBP", "AUD", "CAD", "NZD", "JPY", "CHF", "CNY", "INR", "HKD", "SGD", "MXN", "ZAR", "SEK",
    "NOK", "DKK", "KRW", "BRL", "KES", "NGN", "GHS", "UGX", "TZS", "EGP",
)  # fmt: skip
# the sign and word that name a dollar without saying whose: read as the issuing country's
BARE_DOLLAR = ("$", "dollars", "dollar", "cents", "cent", "dimes", "dime")
# coins and subunits printed after the number are that fraction of the currency ("3 cents" is 0.03 USD)
SUBUNITS = {"cents": 100.0, "cent": 100.0, "dimes": 10.0, "dime": 10.0, "pence": 100.0}
# currency names printed after the number ("five million dollars", "2 billion euros")
_CURRENCY_WORDS: dict[str, str] = {
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "swiss francs": "CHF",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "pesos": "MXN",
    "cents": "USD",
    "cent": "USD",
    "dimes": "USD",
    "dime": "USD",
    "pence": "GBP",
}


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_WORD_UNITS = {**_MEASURES, **_DURATIONS, **_PERCENTS}
# a unit right after a number: " kilograms", "-month", "%", "mph"; longest names first
_NAMES = _alternation([*_WORD_UNITS, *_CURRENCY_WORDS])
UNIT = re.compile(
    rf"(?:\s{{0,20}}|-)(?P<unit>(?i:{_NAMES})|{_alternation([*_CASED, *CODES])})"
    r"(?![\w²³])"
)
# a currency sign or code right before a number: "$", "A$", "€", "USD "
CURRENCY = re.compile(rf"(?:{_alternation(list(CURRENCY_PREFIXES))}|(?:{'|'.join(CODES)}))[ \t]?$")
_SPACES = re.compile(r"\s+")


def key(printed: str) -> str:
    return _SPACES.sub(" ", printed)


def lookup(printed: str) -> tuple[Unit, str | None]:
    """The unit of a unit name printed after a number, and the currency code when it names money."""
    k = key(printed)
    if k in _CASED:
        return _CASED[k], None
    low = k.lower()
    if low in _CURRENCY_WORDS:
        return Unit(_CURRENCY_WORDS[low], "money", scale=1 / SUBUNITS.get(low, 1.0)), _CURRENCY_WORDS[low]
    if k in CODES:
        return Unit(k, "money"), k
    return _WORD_UNITS[low], None


def currency_code(prefix: str) -> str:
    """``"A$"`` -> ``"AUD"``, ``"USD "`` -> ``"USD"``."""
    p = prefix.strip()
    return CURRENCY_PREFIXES.get(p, p)
