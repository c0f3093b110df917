"""Names, streets and trades for demo ledgers (fictitious people, valid document numbers)."""
from __future__ import annotations

import random

from stdnum.ec import ci as ec_ci
from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni

ES_GIVEN = ("María", "José", "Antonio", "Carmen", "Núria", "Jordi", "Laia", "Àlex", "Marta",
            "Pau", "Lucía", "Iñaki", "Ainhoa", "Sofía", "Martín", "Júlia", "Oriol", "Montserrat",
            "Joan", "Pilar", "Xavier", "Raquel", "Íker", "Nerea", "Daniel", "Elena", "Berta",
            "Ramón", "Inés", "Marc", "Teresa", "Víctor", "Clàudia", "Francisco", "Rocío", "Aitor")
ES_SURNAMES = ("García", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Fernández",
               "Rodríguez", "Puig", "Vila", "Ferrer", "Soler", "Castells", "Peña", "Núñez",
               "Ibáñez", "Etxeberria", "Garmendia", "Muñoz", "Ortega", "Serra", "Roig", "Font",
               "Casas", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Rovira", "Camps",
               "Castro", "Iglesias", "Santos", "Millán", "Aguirre", "Pujol", "Sala", "Prats")
ES_ORGS = ("Cooperativa Agrícola La Vall", "Associació Veïnal del Raval", "Fundació Terra Viva",
           "Ateneu Cooperatiu del Barri", "Editorial Pedra Seca SCCL", "Escola Bressol El Niu")
ES_STREETS = ("Carrer de Sants", "Calle Mayor", "Avinguda Diagonal", "Calle de la Paz",
              "Carrer Gran de Gràcia", "Plaza de España", "Calle Real", "Passeig de Sant Joan")
ES_CITIES = ("08014 Barcelona", "28013 Madrid", "46001 València", "50001 Zaragoza",
             "41001 Sevilla", "33001 Oviedo", "15001 A Coruña", "48001 Bilbao")
EC_GIVEN = ("Luis", "Ana", "Carlos", "María Fernanda", "Jorge", "Gabriela", "Diego", "Paola",
            "Andrés", "Verónica", "Santiago", "Daniela", "Fernando", "Lucía", "Patricio",
            "Mónica", "Esteban", "Valeria", "Wilson", "Rosa")
EC_SURNAMES = ("Andrade", "Villacís", "Quishpe", "Guamán", "Sánchez", "Chávez", "Paredes",
               "Vásconez", "Cevallos", "Zambrano", "Moreira", "Yépez", "Toapanta", "Cárdenas",
               "Salazar", "Benítez", "Espinosa", "Ortiz", "Mena", "Pazmiño")
EC_STREETS = ("Av. 10 de Agosto", "Calle García Moreno", "Av. Amazonas", "Av. 6 de Diciembre",
              "Calle Bolívar", "Av. de los Shyris")
EC_CITIES = ("Quito", "Guayaquil", "Cuenca", "Ambato", "Loja", "Riobamba")
OCCUPATIONS = ("Teacher", "Nurse", "Carpenter", "Farmer", "Engineer", "Shopkeeper", "Student",
               "Retired", "Cook", "Designer", "Driver", "Social worker")
INCOME = ("Salary", "Pension", "Self-employment", "Farming", "Grants", "Family business")


def dni(rng: random.Random) -> str:
    body = f"{rng.randrange(10_000_000, 99_999_999):08d}"
    return body + es_dni.calc_check_digit(body)


def cif(rng: random.Random) -> str:
    body = "F" + f"{rng.randrange(1_000_000, 9_999_999):07d}"
    return body + es_cif.calc_check_digits(body)[1]


def cedula(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 25):02d}{rng.randrange(0, 6)}{rng.randrange(0, 999_999):06d}"
    for digit in "0123456789":
        if ec_ci.is_valid(body + digit):
            return body + digit
    raise AssertionError(body)


def spanish_ccc(rng: random.Random) -> str:
    from stdnum.es import ccc
    bank_office = f"{rng.choice((2100, 1465, 3025, 1491, 2038)):04d}{rng.randrange(1, 9999):04d}"
    account = f"{rng.randrange(0, 10**10):010d}"
    return ccc.calc_check_digits(bank_office + "00" + account) and (
        bank_office + ccc.calc_check_digits(bank_office + "00" + account) + account)
