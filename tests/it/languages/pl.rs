//! Polish postings (`rules/vocab/lang/pl.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn a_cover_contract_with_its_length_and_benefits() {
    let posting = "Magazynier\n\nFirma logistyczna zatrudni magazyniera do pracy w magazynie. \
                   Praca w systemie dwuzmianowym przy kompletacji zamówień.\n\nOferujemy:\n\
                   - umowę na zastępstwo na okres 6 miesięcy\n\
                   - wynagrodzenie 5200 zł brutto miesięcznie\n\
                   - pakiet medyczny Luxmed i dodatkowy dzień wolny\n";
    let f = facts("magazynier.txt", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["duration"]["value"], 6.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
    assert_eq!(f["benefits"], true, "{f}");
    let rules = fired("magazynier.txt", posting);
    assert!(!has(&rules, "duration/missing"), "{rules:?}");
    assert!(!has(&rules, "benefits/missing"), "{rules:?}");
}

#[test]
fn a_b2b_rate_net_of_vat_and_a_bonus_alone() {
    let posting = "Programista Python\n\nPoszukujemy programisty do zespołu rozwijającego system \
                   rezerwacji. Współpraca w oparciu o kontrakt B2B, stawka 150 zł netto + VAT \
                   za godzinę.\n\nOferujemy:\n- premię roczną\n";
    let f = facts("programista.txt", posting);
    assert_eq!(f["employment_type"], "CONTRACTOR", "{f}");
    // "netto + VAT" stands between the amount and its period.
    assert_eq!(f["pay"]["min"], 150.0, "{f}");
    assert_eq!(f["pay"]["period"], "hour", "{f}");
    // An annual bonus is pay, not a benefit.
    assert_eq!(f["benefits"], false, "{f}");
    assert!(has(&fired("programista.txt", posting), "benefits/missing"));
}

#[test]
fn part_time_in_running_text_and_equal_chances() {
    let posting = "Recepcjonistka\n\nHotel zatrudni recepcjonistkę. Oferujemy pracę w niepełnym \
                   wymiarze godzin przy obsłudze gości hotelowych i rezerwacji.\n\nObowiązki:\n\
                   - obsługa gości\n\nZapewniamy równe szanse wszystkim kandydatom bez względu na \
                   wyznanie i tożsamość płciową.\n";
    let f = facts("recepcja.txt", posting);
    assert_eq!(f["employment_type"], "PART_TIME", "{f}");
    assert_eq!(f["eeo_statement"], true, "{f}");
    assert!(!has(&fired("recepcja.txt", posting), "eeo/missing"));
}

#[test]
fn an_employer_that_will_hire_full_time() {
    // "zatrudni" (will hire) puts the type after it in running text.
    let posting = "Księgowa\n\nBiuro rachunkowe zatrudni księgową na pełen etat do obsługi \
                   klientów z branży handlowej i usługowej, w tym prowadzenia ksiąg.\n";
    let f = facts("ksiegowa.txt", posting);
    assert_eq!(f["employment_type"], "FULL_TIME", "{f}");
}

#[test]
fn posting_date_and_deadline_with_month_names() {
    let posting = "# Magazynier\n\nOpublikowano 12 marca 2026\n\nFirma Kowalski zatrudni \
                   magazyniera do centrum dystrybucyjnego pod Poznaniem.\n\nTermin składania \
                   aplikacji: 30 kwietnia 2026\n";
    let f = facts("magazyn.md", posting);
    assert_eq!(f["date_posted"], "2026-03-12", "{f}");
    assert_eq!(f["deadline"], "2026-04-30", "{f}");
}

#[test]
fn pay_in_thousands_written_tys() {
    let posting = "Księgowa\n\nBiuro rachunkowe w Poznaniu zatrudni księgową do prowadzenia \
                   pełnej księgowości klientów. Praca stacjonarna od poniedziałku do piątku.\n\n\
                   Wynagrodzenie: 8-10 tys. zł brutto miesięcznie\n";
    let f = facts("ksiegowa.txt", posting);
    assert_eq!(f["pay"]["min"], 8000.0, "{f}");
    assert_eq!(f["pay"]["max"], 10000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "PLN", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn a_mandate_contract_as_the_whole_value_of_a_type_field() {
    let posting = "Asystent biura\n\nSzukamy osoby do naszego biura w Gdańsku, która będzie \
                   obsługiwać korespondencję i wspierać zespół w codziennej pracy.\n\n\
                   Rodzaj umowy: umowa zlecenie\n";
    assert_eq!(facts("biuro.txt", posting)["employment_type"], "CONTRACTOR");
}

#[test]
fn pay_in_capitals_names_its_currency_and_period() {
    // "ZŁ" and "MIESIĘCZNIE" have letters beyond ASCII in another case than the pack's words.
    let posting = "Specjalista ds. kadr\n\nBiuro rachunkowe poszukuje specjalisty do działu kadr, \
                   odpowiedzialnego za listy płac i rozliczenia ze skarbówką.\n\n\
                   WYNAGRODZENIE: 6 800 – 7 900 ZŁ BRUTTO MIESIĘCZNIE\n";
    let f = facts("kadry.txt", posting);
    assert_eq!(f["pay"]["min"], 6800.0, "{f}");
    assert_eq!(f["pay"]["currency"], "PLN", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn cities_of_two_words_after_w() {
    // An adjective and a noun each take their own ending: "Zielona Góra" → "w Zielonej Górze",
    // "Gorzów Wielkopolski" → "w Gorzowie Wielkopolskim".
    for (posting, city) in [
        (
            "Kierowca\n\nFirma przewozowa zatrudni kierowcę autobusu. Praca w Zielonej Górze, \
             kursy miejskie i podmiejskie w systemie zmianowym.\n",
            "Zielona Góra",
        ),
        (
            "Pakowacz\n\nZakład produkcyjny zatrudni pakowaczy. Praca w Gorzowie Wielkopolskim \
             przy pakowaniu i etykietowaniu wyrobów.\n",
            "Gorzów Wielkopolski",
        ),
        // Forms the endings cannot make are listed in the pack (`name_forms.names`).
        (
            "Magazynier\n\nZakład produkcyjny zatrudni magazyniera. Praca w Nowej Soli przy \
             przyjęciu towaru.\n",
            "Nowa Sól",
        ),
        (
            "Monter\n\nFirma zatrudni montera. Praca w Bielsku-Białej przy montażu konstrukcji \
             stalowych.\n",
            "Bielsko-Biala",
        ),
    ] {
        let f = facts("miasto.txt", posting);
        assert_eq!(f["locations"][0]["city"], city, "{f}");
    }
}

/// A city named in the genitive after a word that places it ("w okolicach", "koło") is a
/// place, as one in the locative after "w" is.
#[test]
fn a_city_in_the_genitive_after_a_placing_word() {
    for (posting, city) in [
        (
            "Kierowca kat. C\n\nFirma transportowa zatrudni kierowcę do pracy w okolicach \
             Krakowa. Trasy krajowe, powrót na weekend.\n",
            "Kraków",
        ),
        (
            "Sprzedawca\n\nSklep ogrodniczy koło Wrocławia zatrudni sprzedawcę na sezon \
             wiosenny. Doradzasz klientom i dbasz o ekspozycję.\n",
            "Wrocław",
        ),
        (
            "Księgowa\n\nBiuro rachunkowe w okolicach Zielonej Góry szuka księgowej do \
             obsługi małych firm.\n",
            "Zielona Góra",
        ),
    ] {
        let f = facts("praca.txt", posting);
        assert_eq!(f["locations"][0]["city"], city, "{f}");
    }
}

#[test]
fn a_boards_published_date_in_the_feminine() {
    // "oferta" is feminine: "Opublikowana: 11.03.2026".
    let posting = "# Specjalista ds. płac\n\nOpublikowana: 14.03.2026\n\nNaliczasz wynagrodzenia \
                   pracowników naszej fabryki w Opolu.\n";
    assert_eq!(facts("place.md", posting)["date_posted"], "2026-03-14");
}

/// A civil-law mandate contract named alone among a board's chips is the type its field would
/// state; "zlecenie na 3 miesiące" is its length, so the role ends.
#[test]
fn a_mandate_contract_chip_and_its_length() {
    let posting = "Pomocnik w piekarni\nLublin\numowa zlecenie\n25 zł brutto/godz.\n\n\
                   Szukamy osoby do pomocy przy wypieku pieczywa na nocnej zmianie. \
                   Oferujemy zlecenie na 4 miesiące.\n";
    let f = facts("chips.txt", posting);
    assert_eq!(f["employment_type"], "CONTRACTOR", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    assert_eq!(f["duration"]["value"], 4.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    // In running text it is one of several contracts a firm names, no type.
    let text = "Pomocnik w piekarni\n\nZatrudniamy na umowę o pracę, a studentów także na \
                umowę zlecenie. Praca na pełny etat w Lublinie.\n";
    assert_eq!(facts("text.txt", text)["employment_type"], "FULL_TIME");
}

/// A line that is only the host name of the board a page was copied from is not the title.
#[test]
fn a_boards_host_name_above_the_page_is_not_the_title() {
    let posting = "praca.example.pl\nPraktyki w dziale logistyki\nHurtownia Pomorze Sp. z o.o.\n\
                   Gdynia\npraktyki\n\nOferujemy płatne praktyki na 2 miesiące w naszym magazynie.\n";
    let f = facts("board.txt", posting);
    assert_eq!(f["title"], "Praktyki w dziale logistyki", "{f}");
    assert_eq!(f["locations"][0]["city"], "Gdynia", "{f}");
}

/// A B2B rate "netto (+ VAT) / mies." is a month's: the bracketed VAT stands between the
/// amount and its period as "netto + VAT" does.
#[test]
fn a_b2b_rate_with_vat_in_brackets_keeps_its_period() {
    let posting = "Programista Python\nZdalnie\n14 000 – 18 000 zł netto (+ VAT) / mies.\nB2B\n\n\
                   Rozwijasz nasze usługi w Django i dbasz o testy automatyczne.\n";
    let f = facts("b2b.txt", posting);
    assert_eq!(f["pay"]["min"], 14000.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}
