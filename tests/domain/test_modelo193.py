"""The modelo 193 file: fixed positions of the agency's record design."""
from decimal import Decimal

from app.domain.modelo193 import Declarant, Perceptor, modelo193, province_of

D = Decimal


def test_records_have_their_fields_where_the_design_puts_them():
    rows = [Perceptor("12345678Z", "García López, María", "08", D("26.65"), D("0.19"), D("5.06")),
            Perceptor("00000000T", "Vidal Roca, Pere", "25", D("13.36"), D("0.19"), D("2.54"))]
    data = modelo193(2026, Declarant("F08000002", "Coop Exemple SCCL", "930000000", "Marta Puig"), rows)
    lines = data.decode("iso-8859-1").split("\r\n")
    assert [len(x) for x in lines] == [500, 500, 500]
    d, p = lines[0], lines[1]
    pos = lambda line, a, b: line[a - 1:b]  # noqa: E731 - the design's 1-based positions
    assert pos(d, 1, 8) == "11932026" and pos(d, 9, 17) == "F08000002"
    assert pos(d, 18, 57).rstrip() == "COOP EXEMPLE SCCL" and pos(d, 58, 58) == "T"
    assert pos(d, 108, 120) == "1930000000001" and pos(d, 136, 144) == "000000002"
    assert pos(d, 145, 159) == "000000000004001"          # 40.01 of base
    assert pos(d, 160, 174) == "000000000000760"          # 7.60 withheld
    assert pos(p, 1, 8) == "21932026" and pos(p, 9, 17) == "F08000002" and pos(p, 18, 26) == "12345678Z"
    assert pos(p, 36, 75).rstrip() == "GARCIA LOPEZ, MARIA" and pos(p, 77, 78) == "08"
    assert pos(p, 92, 92) == "A" and pos(p, 93, 94) == "01" and pos(p, 95, 95) == "1"
    assert pos(p, 118, 121) == "2026" and pos(p, 122, 122) == "1"
    assert pos(p, 123, 135) == "0000000002665"            # percepciones
    assert pos(p, 152, 164) == "0000000002665"            # base de retención
    assert pos(p, 165, 168) == "1900"                     # 19.00 %
    assert pos(p, 169, 181) == "0000000000506"


def test_text_keeps_ñ_and_drops_accents_and_the_province_comes_from_the_postal_code():
    data = modelo193(2026, Declarant("F08000002", "Coop"), [
        Perceptor("12345678Z", "Muñoz Peña, Àngels", "43", D("1"), D("0.19"), D("0.19"))])
    assert "MUÑOZ PEÑA, ANGELS" in data.decode("iso-8859-1")
    assert province_of("C/ Major 3, 25001 Lleida", "08") == "25"
    assert province_of("Sin código", "08001") == "08"
