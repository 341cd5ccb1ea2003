//! Spanish postings (`rules/vocab/lang/es.yaml`).

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn seasonal_and_half_time_contracts_state_their_type() {
    let posting = "# Camarero/a\n\nBuscamos camarero/a para nuestro restaurante en Málaga, con \
                   experiencia en sala y buen trato con el cliente.\n\n\
                   Tipo de contrato: Contrato de temporada\n";
    let f = facts("sala.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert!(has(&fired("sala.md", posting), "duration/missing"));
    let half = "# Auxiliar administrativo\n\nBuscamos una persona para nuestra oficina en Puebla \
                que lleve la agenda y atienda a los proveedores.\n\nJornada: Medio tiempo\n";
    assert_eq!(facts("aux.md", half)["employment_type"], "PART_TIME");
}

#[test]
fn a_length_in_words_and_experience_in_a_similar_role() {
    let posting = "# Administrativo/a\n\nOfrecemos un contrato temporal de ocho meses en nuestra \
                   oficina en Sevilla. Requisitos: 2 años en un puesto similar y manejo de Excel.\n";
    let f = facts("admin.md", posting);
    assert_eq!(f["duration"]["value"], 8.0, "{f}");
    assert_eq!(f["duration"]["unit"], "month", "{f}");
    // Years in a similar role are experience, not the contract's length.
    let experience = "# Administrativo/a\n\nContrato temporal en nuestra oficina en Sevilla. Se pide \
                      experiencia durante 2 años en un puesto similar y manejo de Excel.\n";
    let f = facts("admin.md", experience);
    assert!(f["duration"].is_null(), "{f}");
}

#[test]
fn mexican_benefits_and_a_year_end_bonus_alone() {
    let posting = "# Analista de datos\n\nTrabajarás en nuestra oficina en Monterrey con el equipo \
                   de finanzas, preparando informes y tableros.\n\n## Prestaciones\n\n\
                   - Seguro de gastos médicos mayores\n- Vales de despensa\n";
    assert_eq!(facts("datos.md", posting)["benefits"], true);
    assert!(!has(&fired("datos.md", posting), "benefits/missing"));
    let bonus = "# Analista de datos\n\nTrabajarás en nuestra oficina en Monterrey con el equipo \
                 de finanzas, preparando informes y tableros para la dirección. Además del sueldo \
                 pagamos un aguinaldo de treinta días y bonos por desempeño cada trimestre.\n";
    assert_eq!(facts("datos.md", bonus)["benefits"], true);
    assert!(has(&fired("datos.md", bonus), "benefits/missing"));
}

#[test]
fn regardless_of_age_and_full_home_office() {
    let posting = "# Analista de datos\n\nTrabajarás en nuestra oficina en Sevilla con el equipo de \
                   finanzas. Valoramos todas las candidaturas con independencia de su edad, género \
                   o discapacidad.\n";
    assert_eq!(facts("datos.md", posting)["eeo_statement"], true);
    assert!(!has(&fired("datos.md", posting), "eeo/missing"));
    let remote = "# Desarrollador/a\n\nDesarrollarás nuestras aplicaciones con un equipo pequeño y \
                  cercano. El puesto es 100% home office desde cualquier parte del país.\n";
    assert_eq!(facts("dev.md", remote)["work_arrangement"], "remote");
    assert!(!has(&fired("dev.md", remote), "location/missing"));
}

#[test]
fn posting_date_in_words_and_a_contract_for_a_piece_of_work() {
    let posting = "# Técnico de obra\n\nPublicado el 15 de abril de 2026\n\nConstrucciones \
                   Albaicín busca un técnico para la reforma de un hotel en Granada.\n\n\
                   - Contrato de obra y servicio\n- Jornada completa\n";
    let f = facts("obra.md", posting);
    assert_eq!(f["date_posted"], "2026-04-15", "{f}");
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
}

#[test]
fn pay_in_thousands_and_gross_a_year_abbreviated() {
    let posting = "Administrativo\n\nBuscamos un administrativo con experiencia para gestionar la \
                   facturación y la atención a proveedores en nuestra oficina de Valencia.\n\n\
                   Salario: 28.000 - 32.000 € b/a\n";
    let f = facts("administrativo.txt", posting);
    assert_eq!(f["pay"]["min"], 28000.0, "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
    let posting = "Vendedor\n\nBuscamos un vendedor con experiencia para gestionar nuestras \
                   cuentas y hacer crecer los ingresos en la región. La empresa factura 30 mil \
                   millones de euros.\n\nSalario: 30 mil euros brutos al año.\n";
    let f = facts("vendedor.txt", posting);
    assert_eq!(f["pay"]["min"], 30000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "EUR", "{f}");
}

#[test]
fn a_contract_word_as_the_whole_value_of_a_type_field() {
    let posting = "# Auxiliar administrativo\n\nBuscamos una persona para nuestra oficina de \
                   Sevilla que atienda a los clientes y gestione la documentación del equipo.\n\n\
                   Tipo de contrato: Prácticas\n";
    let f = facts("auxiliar.md", posting);
    assert_eq!(f["employment_type"], "INTERN", "{f}");
    let temporal = posting.replace("Tipo de contrato: Prácticas", "Jornada: Temporal");
    assert_eq!(
        facts("auxiliar.md", &temporal)["employment_type"],
        "TEMPORARY"
    );
    // In running text the word is no contract: good practices.
    let text = posting.replace(
        "Tipo de contrato: Prácticas",
        "Valoramos el conocimiento de buenas prácticas de archivo.",
    );
    assert_eq!(
        facts("auxiliar.md", &text)["employment_type"],
        serde_json::Value::Null
    );
}

#[test]
fn a_pay_period_in_capitals() {
    // "AÑO" has a letter beyond ASCII in capitals.
    let posting = "Recepcionista\n\nClínica dental en Málaga busca recepcionista para la gestión \
                   de citas y la atención a pacientes.\n\nSALARIO: 17.500 € BRUTOS AL AÑO\n";
    let f = facts("recepcion.txt", posting);
    assert_eq!(f["pay"]["min"], 17500.0, "{f}");
    assert_eq!(f["pay"]["period"], "year", "{f}");
}

#[test]
fn a_city_after_the_centre_of_is_the_place_of_work() {
    let posting = "Camarero/a de sala\n\nRestaurante en el centro de Sevilla busca camarero/a \
                   para la temporada de verano, con experiencia en servicio de mesas.\n";
    let f = facts("camarero.txt", posting);
    assert_eq!(f["locations"][0]["city"], "Seville", "{f}");
}

#[test]
fn an_interns_study_grant_is_pay() {
    // "ayuda" alone is an allowance ("ayuda al transporte"); "ayuda al estudio" is a becario's pay.
    let posting = "# Becario/a de Recursos Humanos\n\nApoyarás al equipo de selección de nuestra oficina de \
                   Granada durante 6 meses.\n\n## Qué ofrecemos\n\n- Ayuda al estudio de 750 € al mes\n";
    let f = facts("becario.md", posting);
    assert_eq!(f["pay"]["max"], 750.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
    let transport = posting.replace(
        "Ayuda al estudio de 750 € al mes",
        "Ayuda al transporte de 40 € al mes",
    );
    assert!(facts("becario.md", &transport)["pay"].is_null());
}

/// A city with a Basque and a Spanish name is written with both joined by a hyphen, in
/// either order: the Spanish city, not a Brazilian one that shares half the name. A month's
/// pay times its payments ("x 14 pagas") is a month's.
#[test]
fn a_double_named_city_and_pay_times_its_payments() {
    for (line, text) in [
        ("Vitoria-Gasteiz", "Vitoria-Gasteiz"),
        ("Gasteiz-Vitoria", "Gasteiz-Vitoria"),
        ("Donostia-San Sebastián", "Donostia-San Sebastián"),
    ] {
        let posting = format!(
            "Operario de almacén\n{line}\n\nBuscamos operario de almacén para nuestro centro \
             logístico. Contrato indefinido. Salario: 1.350 € brutos x 14 pagas.\n"
        );
        let f = facts("almacen.txt", &posting);
        assert_eq!(f["locations"][0]["text"], text, "{f}");
        assert_eq!(f["locations"][0]["country"], "ES", "{f}");
        assert_eq!(f["pay"]["period"], "month", "{f}");
    }
}
