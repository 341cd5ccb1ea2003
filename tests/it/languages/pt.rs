//! Portuguese postings (`rules/vocab/lang/pt.yaml`), of Portugal and of Brazil.

use super::{facts, fired};

fn has(rules: &[String], id: &str) -> bool {
    rules.iter().any(|r| r == id)
}

#[test]
fn a_fixed_term_contract_of_portugal_with_a_prospect() {
    let posting = "# Operador de Caixa\n\nSupermercado no Porto procura operador de caixa. \
                   Oferecemos contrato a termo certo de 6 meses, com possibilidade de passagem a \
                   contrato sem termo.\n\n- subsídio de alimentação\n- seguro de saúde\n";
    let f = facts("caixa.md", posting);
    assert_eq!(f["employment_type"], "TEMPORARY", "{f}");
    assert_eq!(f["fixed_term"], true, "{f}");
    assert_eq!(f["duration"]["value"], 6.0, "{f}");
    assert_eq!(f["benefits"], true, "{f}");
    let rules = fired("caixa.md", posting);
    assert!(!has(&rules, "duration/missing"), "{rules:?}");
    assert!(!has(&rules, "benefits/missing"), "{rules:?}");
}

#[test]
fn an_internship_grant_is_its_pay() {
    let posting = "# Estágio em Marketing\n\nVaga de estágio em marketing digital em Curitiba, para \
                   estudantes de Publicidade ou Administração, com atuação em campanhas e redes \
                   sociais.\n\n- bolsa-auxílio de R$ 1.500,00 por mês\n- vale-transporte\n";
    let f = facts("estagio.md", posting);
    assert_eq!(f["employment_type"], "INTERN", "{f}");
    assert_eq!(f["pay"]["min"], 1500.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
    assert!(!has(&fired("estagio.md", posting), "pay/missing"));
}

#[test]
fn an_apprenticeship_with_a_statement_and_a_bonus_alone() {
    let posting = "# Programa Jovem Aprendiz\n\nVaga de jovem aprendiz na área administrativa em \
                   Recife, com apoio à equipe financeira e ao atendimento de fornecedores.\n\n\
                   - Gratificação semestral\n\nTodas as vagas são abertas a pessoas candidatas sem \
                   distinção de identidade de gênero, credo ou estado civil.\n";
    let f = facts("aprendiz.md", posting);
    assert_eq!(f["employment_type"], "INTERN", "{f}");
    assert_eq!(f["eeo_statement"], true, "{f}");
    let rules = fired("aprendiz.md", posting);
    assert!(!has(&rules, "eeo/missing"), "{rules:?}");
    // A bonus is pay, not a benefit.
    assert!(has(&rules, "benefits/missing"), "{rules:?}");
}

#[test]
fn no_distinction_of_protected_grounds_is_a_statement() {
    let posting = "# Analista\n\nNa nossa empresa, todas as pessoas são bem-vindas. Não fazemos \
                   distinção de raça, religião ou orientação sexual em nossos processos \
                   seletivos.\n\nProcuramos analista de dados para nossa equipe em Campinas.\n";
    let f = facts("analista.md", posting);
    assert_eq!(f["eeo_statement"], true, "{f}");
    // The same words without a protected ground are no statement.
    let none = posting.replace(
        "raça, religião ou orientação sexual",
        "cursos ou faculdades",
    );
    assert_eq!(facts("analista.md", &none)["eeo_statement"], false);
}

#[test]
fn company_figures_and_reimbursements_after_an_amount_are_no_pay() {
    // "milhões" after an amount makes it the employer's figures, "reembolso" a benefit's.
    let posting = "# Analista de Dados\n\nVaga em Campinas. Em 2024 captamos R$ 90 milhões.\n\n\
                   ## Benefícios\n\n- Vale-refeição\n- R$150 reembolso de academia\n";
    let f = facts("analista.md", posting);
    assert_eq!(f["pay"], serde_json::Value::Null, "{f}");
    // The role's pay is still read beside them.
    let paid = posting.replace(
        "Vaga em Campinas.",
        "Vaga em Campinas. Salário: R$ 6.000 por mês.",
    );
    let f = facts("analista.md", &paid);
    assert_eq!(f["pay"]["min"], 6000.0, "{f}");
}

#[test]
fn posting_date_in_words_and_a_deadline() {
    let posting = "# Auxiliar administrativo\n\nPublicado em 5 de março de 2026\n\nA Cooperativa \
                   Serra Verde contrata auxiliar administrativo para a sede em Caxias do Sul.\n\n\
                   Inscrições até 20/03/2026.\n";
    let f = facts("aux.md", posting);
    assert_eq!(f["date_posted"], "2026-03-05", "{f}");
    assert_eq!(f["deadline"], "2026-03-20", "{f}");
    // A day with its ordinal mark is that day, not the month alone.
    let first = posting.replace("5 de março", "1º de março");
    assert_eq!(facts("aux.md", &first)["date_posted"], "2026-03-01");
}

#[test]
fn pay_in_thousands_written_mil() {
    let posting = "Analista Financeiro\n\nEstamos contratando um analista financeiro para \
                   acompanhar o fluxo de caixa e preparar relatórios mensais para a diretoria. \
                   A empresa fatura R$ 130 milhões por ano.\n\nSalário: R$ 6 mil por mês\n";
    let f = facts("analista.txt", posting);
    assert_eq!(f["pay"]["min"], 6000.0, "{f}");
    assert_eq!(f["pay"]["currency"], "BRL", "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}

#[test]
fn a_role_open_to_people_with_disabilities_is_a_statement() {
    let posting = "# Analista de Suporte\n\nProcuramos uma pessoa analista de suporte para atender \
                   nossos clientes e resolver chamados técnicos em Porto Alegre.\n\n\
                   Esta vaga também é aberta para PcD.\n";
    assert_eq!(facts("suporte.md", posting)["eeo_statement"], true);
    let all = posting.replace(
        "Esta vaga também é aberta para PcD.",
        "Todas as nossas vagas são PcD.",
    );
    assert_eq!(facts("suporte.md", &all)["eeo_statement"], true);
    let none = posting.replace("Esta vaga também é aberta para PcD.", "");
    assert_eq!(facts("suporte.md", &none)["eeo_statement"], false);
}

/// A month's pay written with the number of payments in a year ("x 14 meses": Portugal pays
/// fourteen) is a month's pay.
#[test]
fn pay_times_the_payments_of_a_year_is_a_months() {
    let posting = "Cozinheiro (m/f)\nFaro\n\nProcuramos cozinheiro para restaurante na baixa de \
                   Faro. Contrato sem termo. Vencimento: 1.100 € x 14 meses.\n";
    let f = facts("faro.txt", posting);
    assert_eq!(f["pay"]["min"], 1100.0, "{f}");
    assert_eq!(f["pay"]["period"], "month", "{f}");
}
