"""Language detection from stop words."""

from __future__ import annotations

import pytest

from pressparse.language import detect, warning

from .conftest import SEED

SAMPLES = {
    "en": SEED.read_text(encoding="utf-8"),
    "es": "La Oficina del Fiscal anunció hoy que los acusados fueron condenados por el tribunal y que "
    "las víctimas recibirán una compensación por sus pérdidas. También se descubrió que el dinero "
    "fue enviado a otras cuentas desde el extranjero, sin autorización de los bancos.",
    "fr": "Le ministère a annoncé que les agents sont intervenus dans la ville pour protéger les "
    "habitants. Cette opération a été menée avec les autorités locales et des partenaires qui ont "
    "aidé au déploiement des équipes sur le terrain pour une durée de trois mois.",
    "de": "Die Regierung hat mitgeteilt, dass der Plan nicht mit den Ländern abgestimmt wurde und "
    "auch die Kosten sind noch nicht bekannt. Es wird erwartet, dass die Minister bei dem Treffen "
    "für eine Lösung sorgen werden, nach der sich alle richten oder aus dem Vertrag aussteigen.",
}


@pytest.mark.parametrize("code", list(SAMPLES))
def test_detects_the_language(code: str) -> None:
    guess = detect(SAMPLES[code])
    assert guess is not None and guess.code == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Contact: 202-282-8010",
        "see https://www.example.com/de/en/la/que/para/los/las/del/com/es/que/para/los",
        "NASA DHS FBI",
    ],
)
def test_too_little_text_tells_nothing(text: str) -> None:
    assert detect(text) is None


def test_detect_reads_only_the_span() -> None:
    text = SAMPLES["en"] + "\n\n" + SAMPLES["es"]
    assert detect(text, (len(SAMPLES["en"]) + 2, len(text))).code == "es"


def test_warning_names_a_language_other_than_english() -> None:
    assert "Spanish" in warning(SAMPLES["es"])
    assert warning(SAMPLES["en"]) is None
