use super::*;
use crate::document::Document;
use crate::source::{Format, Source};

/// min, max, currency, period, and the text the pay was read from.
type PayRow = (
    Option<f64>,
    Option<f64>,
    Option<String>,
    Option<&'static str>,
    String,
);

fn pays(text: &str, format: Format) -> Vec<PayRow> {
    let src = Source::new("t", text, format);
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(&src, vocab);
    let facts = crate::facts::BUILTIN_EXTRACTOR.extract(&src, &doc);
    facts
        .pay
        .into_iter()
        .map(|p| {
            (
                p.value.min,
                p.value.max,
                p.value.currency,
                p.value.period.map(Period::as_str),
                src.slice(p.span).to_string(),
            )
        })
        .collect()
}

fn first(text: &str) -> PayRow {
    first_in(text, Format::Text)
}

fn first_in(text: &str, format: Format) -> PayRow {
    pays(text, format)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no pay found in {text:?}"))
}

#[test]
fn ranges_with_currency_and_period() {
    let p = first("Nurse\n\nPay: $95,000 - $110,000 per year\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(95000.0), Some(110000.0), Some("USD"), Some("year"))
    );
    assert_eq!(p.4, "$95,000 - $110,000 per year");
    let p = first("Nurse\n\nWe pay €45k–55k a year.\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(45000.0), Some(55000.0), Some("EUR"), Some("year"))
    );
    let p = first("Nurse\n\nThe rate is USD 30.50/hr.\n");
    assert_eq!((p.0, p.1, p.3), (Some(30.5), Some(30.5), Some("hour")));
    let p = first("Nurse\n\nSalary: £28,000 to £32,000 per annum\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(28000.0), Some(32000.0), Some("GBP"), Some("year"))
    );
    let p = first("Nurse\n\nCompensation: 80-100k\n");
    assert_eq!((p.0, p.1), (Some(80000.0), Some(100000.0)));
}

#[test]
fn ranges_of_thousands_standing_alone() {
    // In the title, or on a line of their own: pay, even without a currency.
    let p = first("# 前端工程师 9-14K\n\n负责前端开发。\n");
    assert_eq!((p.0, p.1), (Some(9000.0), Some(14000.0)));
    let p = first("# Engineer\n\n## Salary and Benefits\n\n25k~40k\n");
    assert_eq!((p.0, p.1), (Some(25000.0), Some(40000.0)));
    // w is 万 (10,000) in Chinese postings; a top without its multiplier takes the bottom's.
    let p = first("# 架构师 40w~70w+\n\n远程。\n");
    assert_eq!((p.0, p.1), (Some(400000.0), Some(700000.0)));
    let p = first("# iOS 开发，预算1w-1.4wRMB\n\n远程。\n");
    assert_eq!((p.0, p.1), (Some(10000.0), Some(14000.0)));
    // In running text a range of thousands needs a pay word or a currency.
    assert!(
        pays("# Engineer\n\nOur platform serves 10k-50k requests per second across many regions of the world.\n", Format::Markdown)
            .is_empty()
    );
}

#[test]
fn a_range_dash_left_as_an_html_entity() {
    // Text copied from a web page keeps `&ndash;` where the page showed a dash.
    let p = first("Technician\n\nPay: $28.50 &ndash; $34.00 per hour\n");
    assert_eq!((p.0, p.1, p.3), (Some(28.5), Some(34.0), Some("hour")));
}

#[test]
fn bare_numbers_in_a_salary_field_take_the_local_currency() {
    let p = first("Manager\n\nLocation: GB, , London\nSalary range: 28000-45000\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(28000.0), Some(45000.0), Some("GBP"), None)
    );
}

#[test]
fn open_ended_amounts() {
    let p = first("Driver\n\nEarn up to $30/hour.\n");
    assert_eq!((p.0, p.1, p.3), (None, Some(30.0), Some("hour")));
    let p = first("Driver\n\nSalary: $80k+\n");
    assert_eq!((p.0, p.1), (Some(80000.0), None));
}

#[test]
fn numbers_that_are_not_pay() {
    for text in [
        "Analyst\n\nWe raised $30M in funding last year.\n",
        "Analyst\n\nWe offer a 401(k) with a match and a 401k plan.\n",
        "Analyst\n\nYou have 3-5 years of experience and worked 2019-2020 at a startup.\n",
        "Analyst\n\nCall us at 555-123-4567.\n",
        "Analyst\n\nWe offer a competitive salary, DOE.\n",
        "Analyst\n\nThe position is graded GS-14 on the federal pay scale.\n",
        "Analyst\n\nWe manage over $2 billion in assets for 300 clients.\n",
    ] {
        assert!(
            pays(text, Format::Text).is_empty(),
            "{text:?} gave {:?}",
            pays(text, Format::Text)
        );
    }
}

#[test]
fn front_matter_pay_and_template_includes() {
    let text = "---\ntitle: Analyst\nsalary_min: '132,552'\nsalary_max: '183,300'\nlocation: Washington, DC\n---\nThe range is ${{ page.salary_min }} to ${{ page.salary_max }}.\n";
    let p = pays(text, Format::Markdown);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].0, p[0].1), (Some(132552.0), Some(183300.0)));
    let nested = "---\nsalary:\n  - level: '15'\n    salary_min: 143,736\n    salary_max: 191,900\n---\nText\n";
    let p = pays(nested, Format::Markdown);
    assert_eq!((p[0].0, p[0].1), (Some(143736.0), Some(191900.0)), "{p:?}");
    let include =
        "# Analyst\n\n{% include job/salary_range.html min=\"$172,075\" max=\"$183,500\" %}\n";
    let p = pays(include, Format::Markdown);
    assert_eq!((p[0].0, p[0].1), (Some(172075.0), Some(183500.0)), "{p:?}");
}

#[test]
fn parse_amount_handles_separators() {
    assert_eq!(parse_amount("80,000"), Some(80000.0));
    assert_eq!(parse_amount("45.000,50"), Some(45000.5));
    assert_eq!(parse_amount("24.50"), Some(24.5));
    assert_eq!(parse_amount("1,234,567"), Some(1234567.0));
    // Swiss postings group thousands with an apostrophe and write no cents as ".–".
    assert_eq!(parse_amount("110'000"), Some(110000.0));
    assert_eq!(parse_amount("1’250’000.–"), Some(1250000.0));
    assert_eq!(parse_amount("95'500.50"), Some(95500.5));
}

#[test]
fn a_space_after_each_thousands_comma_is_still_one_amount() {
    // Scraped text spaces out the commas: "$45, 700" is 45,700, not 45 and 700.
    let p = first("Co-op Developer\n\nSalary: $45, 700 - $74, 400 CAD\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(45700.0), Some(74400.0), Some("CAD"))
    );
    assert_eq!(parse_amount("1, 234, 567"), Some(1234567.0));
    // Two digits after the comma are a list, not thousands.
    let p = first("Barista\n\nPay: $18, 20 or 22 an hour\n");
    assert_eq!(p.0, Some(18.0));
}

#[test]
fn a_rejected_candidate_does_not_hide_the_real_range() {
    let p = first("Analyst\n\nBase salary GS-15 - $134,789 to $164,200\n");
    assert_eq!((p.0, p.1), (Some(134789.0), Some(164200.0)));
}

#[test]
fn bonuses_and_referrals_are_not_pay() {
    assert!(
        pays(
            "Analyst\n\nEmployees receive double bonuses ($2,000) per referred candidate.\n",
            Format::Text
        )
        .is_empty()
    );
    assert!(
        pays(
            "Analyst\n\nThe maximum salary available for the GS pay system is $191,900.\n",
            Format::Text
        )
        .is_empty()
    );
}

#[test]
fn small_numbers_in_a_salary_field_are_rates_and_zero_is_no_pay() {
    let p = first("Cook\n\nSalary range: 13-20\n");
    assert_eq!((p.0, p.1, p.3), (Some(13.0), Some(20.0), None));
    assert!(pays("Cook\n\nSalary range: 0-0\n", Format::Text).is_empty());
}

#[test]
fn chinese_pay_with_k_and_month_markers() {
    let p = first("招聘\n\n薪资：月薪15K～30K\n");
    assert_eq!(
        (p.0, p.1, p.3),
        (Some(15000.0), Some(30000.0), Some("month"))
    );
}

#[test]
fn a_state_code_run_into_a_dollar_sign_is_us_dollars() {
    let p = first("Analyst\n\nLocation: San Mateo, CA, US\n\nRate: San Mateo, CA$80/hour\n");
    assert_eq!(
        (p.0, p.2.as_deref(), p.3),
        (Some(80.0), Some("USD"), Some("hour"))
    );
    // Written after a label, "CA$" is Canadian dollars even in a US posting.
    let p =
        first("Analyst\n\nLocation: Springdale, AR\n\nSalary: CA$70,000 to CA$85,000 annually\n");
    assert_eq!(
        (p.0, p.2.as_deref(), p.3),
        (Some(70000.0), Some("CAD"), Some("year"))
    );
}

#[test]
fn a_range_from_zero_is_still_a_range() {
    let p = first("Sales\n\nSalary range: 0-2000\n");
    assert_eq!((p.0, p.1), (Some(0.0), Some(2000.0)));
}

#[test]
fn chinese_pay_section_and_label() {
    let p = pays(
        "# 招聘\n\n## 薪资福利待遇\n\n15-30K，13薪\n",
        Format::Markdown,
    );
    assert_eq!((p[0].0, p[0].1), (Some(15000.0), Some(30000.0)), "{p:?}");
    let p = pays("# 招聘\n\n工资：25k-40k\n", Format::Markdown);
    assert_eq!((p[0].0, p[0].1), (Some(25000.0), Some(40000.0)), "{p:?}");
}

#[test]
fn numbered_benefits_in_a_pay_section_are_not_pay() {
    assert!(
        pays(
            "# 招聘\n\n## 薪资福利待遇\n1、周末双休\n2、公司提供笔记本\n",
            Format::Markdown
        )
        .is_empty()
    );
    assert!(
        pays(
            "# Job\n\n## Compensation\n\n1. Health insurance\n2. 401(k)\n",
            Format::Markdown
        )
        .is_empty()
    );
}

#[test]
fn allowances_and_huge_sums_are_not_pay() {
    assert!(
        pays(
            "Analyst\n\nTraining (up to $1500/yr ProDev allowance)\n",
            Format::Text
        )
        .is_empty()
    );
    assert!(
        pays(
            "Analyst\n\nWe settle transactions valued at more than U.S. $1.85 quadrillion.\n",
            Format::Text
        )
        .is_empty()
    );
    // A bonus named after the pay does not undo the pay.
    let p = first("Analyst\n\nSalary: $80,000 - $95,000 per year plus bonus\n");
    assert_eq!(p.1, Some(95000.0));
    assert!(pays("Analyst\n\nWe add a $5,000 annual bonus.\n", Format::Text).is_empty());
    let budget = "Analyst\n\n$2,000 annual training and development budget\n";
    assert!(pays(budget, Format::Text).is_empty());
    // Outside a pay field too: what comes on top of the amount is not what the amount is for.
    for text in [
        "Analyst\n\nWe pay $90,000 plus an annual bonus.\n",
        "Analyst\n\nWe pay $90,000 base + bonus.\n",
        "职位\n\n- CNY 150万-200万（base + bonus) + 股票期权\n",
    ] {
        assert!(!pays(text, Format::Text).is_empty(), "{text}");
    }
}

#[test]
fn currency_shaped_words_that_are_not_currencies() {
    assert!(
        pays(
            "Engineer\n\nYou know the pay protocols RS232 and RS485.\n",
            Format::Text
        )
        .is_empty()
    );
    assert!(
        pays(
            "Engineer\n\nThe region's $10+ billion budget.\n",
            Format::Text
        )
        .is_empty()
    );
    let p = first("Engineer\n\nThe pay rate range is 55 to 75+/hr to start.\n");
    assert_eq!((p.0, p.1, p.3), (Some(55.0), Some(75.0), Some("hour")));
    let p = first("招聘\n\n公司诚聘 工程师 薪水 20000-25000rmb\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(20000.0), Some(25000.0), Some("CNY"))
    );
    let p = first("Engineer\n\n薪水 4,000 ~ 6,000 USDT/月\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(4000.0), Some(6000.0), Some("USDT"), Some("month"))
    );
    let p = first("Engineer\n\nSalary: 45,000 US dollars per year\n");
    assert_eq!(
        (p.0, p.2.as_deref(), p.3),
        (Some(45000.0), Some("USD"), Some("year"))
    );
}

#[test]
fn chinese_ten_thousands_apply_to_both_ends() {
    let p = first("职位\n\n年薪范围：RMB 100万 – 300万\n");
    assert_eq!((p.0, p.1), (Some(1_000_000.0), Some(3_000_000.0)));
    assert_eq!(first("职位\n\n年薪120万可议\n").0, Some(1_200_000.0));
    // An ASCII multiplier still needs a word boundary: "5 km" is not 5,000.
    assert!(pays("Job\n\nWalk 5 km to work.\n", Format::Text).is_empty());
}

#[test]
fn a_plus_that_adds_is_not_an_open_range() {
    let p = first("Job\n\nPay: $1500 USD + monthly housing\n");
    assert_eq!((p.0, p.1), (Some(1500.0), Some(1500.0)));
    let p = first("Job\n\nSalary: $50,000 plus bonus\n");
    assert_eq!((p.0, p.1), (Some(50000.0), Some(50000.0)));
    let p = first("Job\n\nPay: $20+/hour\n");
    assert_eq!((p.0, p.1), (Some(20.0), None));
}

#[test]
fn prices_and_credit_are_not_pay() {
    for text in [
        "Job\n\nWe offer credit lines of up to $250,000 to small businesses.\n",
        "Job\n\nFor $60/year, members get access to healthy groceries.\n",
        "Job\n\nWellness benefit - $500 per year for gym classes.\n",
    ] {
        assert!(pays(text, Format::Text).is_empty(), "{text}");
    }
    assert_eq!(
        first("Job\n\nYou can earn $350 to $450 everyday.\n").3,
        Some("day")
    );
}

#[test]
fn chinese_period_words() {
    assert_eq!(first("职位\n\n薪资：4000/月 USD\n").3, Some("month"));
    assert_eq!(first("职位\n\n薪资：30-50万/年\n").3, Some("year"));
    // Years of experience are not pay.
    assert!(pays("职位\n\n经验：3-5年\n", Format::Text).is_empty());
}

#[test]
fn a_field_label_may_state_the_period() {
    assert_eq!(first("职位\n\n月薪：15k-25k\n").3, Some("month"));
    assert_eq!(first("Job\n\nHourly rate: $25\n").3, Some("hour"));
    // "Salary" says nothing about the period.
    assert_eq!(first("Job\n\nSalary: $60,000\n").3, None);
    assert_eq!(
        first("职位\n\n薪水150万港币起步\n").2.as_deref(),
        Some("HKD")
    );
}

#[test]
fn chinese_funding_and_assets_are_not_pay() {
    for text in [
        "公司\n\n我们管理资产近8000万美元。\n",
        "公司\n\n我们于 12 月 20 日完成 1200 万美元私募轮融资。\n",
    ] {
        assert!(pays(text, Format::Text).is_empty(), "{text}");
    }
    assert_eq!(
        first("职位\n\n待遇：3000-6000 美金\n").2.as_deref(),
        Some("USD")
    );
    // A subsidy in the next clause is something besides the pay; in the amount's own clause
    // it is what the amount is.
    // The payments of a year after a range: each is a month's pay.
    for text in [
        "后端工程师\n\n薪资：25K-40K·14薪\n",
        "后端工程师\n\n薪资：20-30k*14薪\n",
        "后端工程师\n\n薪资 30-60k x 16薪\n",
    ] {
        assert_eq!(first(text).3, Some("month"), "{text}");
    }
    let daily = first("实习生\n\n待遇：日薪 200 元，提供午餐补贴\n");
    assert_eq!((daily.0, daily.3), (Some(200.0), Some("day")));
    assert!(pays("实习生\n\n福利：每月 300 元交通补贴\n", Format::Text).is_empty());
}

#[test]
fn what_a_benefit_is_worth_is_not_pay() {
    let text = "# Analyst\n\n## Benefits\n\n- Fertility HRA (up to $10,000 per year)\n- Dental\n";
    assert!(
        pays(text, Format::Markdown).is_empty(),
        "{:?}",
        pays(text, Format::Markdown)
    );
    // A benefits section that speaks of pay still gives it.
    let text = "# Analyst\n\n## Benefits\n\n- Salary up to $90,000 per year\n- Dental\n";
    assert_eq!(first_in(text, Format::Markdown).1, Some(90000.0));
    // And "up to" outside the benefits is an open-ended range.
    let text = "# Analyst\n\nWe pay up to $90,000 per year.\n\n## Benefits\n\n- Dental\n";
    assert_eq!(first_in(text, Format::Markdown).1, Some(90000.0));
}

#[test]
fn a_place_heading_inside_the_benefits_keeps_them_benefits() {
    // Benefits listed by country under headings that name only the country.
    let text = "# Analyst\n\n## Benefits\n\n- Dental\n\n## Canada\n\n- Fertility HRA (up to $12,000 per year)\n\n## Ontario\n\n- Adoption HRA (up to $5,000 per year)\n";
    assert!(
        pays(text, Format::Markdown).is_empty(),
        "{:?}",
        pays(text, Format::Markdown)
    );
    // A place heading elsewhere is no benefits section.
    let text = "# Analyst\n\n## Canada\n\nWe pay up to $90,000 per year.\n";
    assert_eq!(first_in(text, Format::Markdown).1, Some(90000.0));
}

#[test]
fn an_hourly_rate_on_a_line_of_its_own_takes_the_local_currency() {
    let text = "Line Cook\n\nLeeds, England, United Kingdom\n\n14 per hour depending on experience\n\nWe cook seasonal food.\n";
    let row = first(text);
    assert_eq!((row.0, row.1), (Some(14.0), Some(14.0)));
    assert_eq!(row.2.as_deref(), Some("GBP"));
    assert_eq!(row.3, Some("hour"));
    // Inside a longer sentence a count per hour is no pay; nor is a count per day alone.
    assert!(pays("Line Cook\n\nYou will plate about 40 per hour during the busy lunch service on weekdays.\n", Format::Text).is_empty());
    assert!(pays("Line Cook\n\n200 per day\n", Format::Text).is_empty());
}

#[test]
fn a_currency_code_with_a_period_after_a_range() {
    let row = first("Salary Range\n\nUp to 40,000 – 65,000 BDT/Month\n");
    assert_eq!(row.0, Some(40000.0));
    assert_eq!(row.1, Some(65000.0));
    assert_eq!(row.2.as_deref(), Some("BDT"));
    assert_eq!(row.3, Some("month"));
}

#[test]
fn ranges_and_decimal_commas_in_other_languages() {
    for (text, min, max) in [
        (
            "Gehalt: zwischen 55.000 € und 65.000 € brutto.\n",
            55000.0,
            65000.0,
        ),
        (
            "Salario: entre 27K€ y 33K€, según experiencia.\n",
            27000.0,
            33000.0,
        ),
        (
            "Salaire : Annuel de 25000,00 Euros à 30000,00 Euros.\n",
            25000.0,
            30000.0,
        ),
        ("Wynagrodzenie: od 10,65 euro do 13,00 euro.\n", 10.65, 13.0),
        ("Remuneração: R$ 6.300 a R$ 8.100.\n", 6300.0, 8100.0),
    ] {
        let (lo, hi, currency, ..) = first(&format!("Analyst\n\n{text}"));
        assert_eq!((lo, hi), (Some(min), Some(max)), "{text}");
        assert!(currency.is_some(), "{text}");
    }
    // "and" alone lists two numbers; it takes a "between" word to make a range.
    let found = pays("Analyst\n\nPay: $20 and 3 shifts a week.\n", Format::Text);
    assert!(
        found.iter().all(|p| p.1 != Some(3.0) || p.0 != Some(20.0)),
        "{found:?}"
    );
    // An English thousands comma is still one.
    assert_eq!(first("Analyst\n\nPay: $1,500 per month.\n").0, Some(1500.0));
}

#[test]
fn periods_and_open_ends_in_other_languages() {
    let row = |t: &str| {
        let p = first(t);
        (p.0, p.1, p.3)
    };
    // A period before the amount, and its period words after it with gross or net between.
    assert_eq!(
        row("Koch\n\nSalaire : Annuel de 31000,00 Euros à 36000,00 Euros sur 12 mois\n"),
        (Some(31000.0), Some(36000.0), Some("year"))
    );
    assert_eq!(
        row("Koch\n\nWir bieten ein Bruttojahresgehalt von EUR 47.500,- für diese Stelle.\n"),
        (Some(47500.0), Some(47500.0), Some("year"))
    );
    assert_eq!(
        row("Koch\n\nDie Vergütung liegt bei 2.450 € brutto im Monat.\n"),
        (Some(2450.0), Some(2450.0), Some("month"))
    );
    assert_eq!(
        row("Koch\n\n- stawka 17,5 euro brutto/h\n"),
        (Some(17.5), Some(17.5), Some("hour"))
    );
    // The top and the bottom of pay, said before or after the amount.
    assert_eq!(
        row("Koch\n\nGehalt: bis zu 52.000 Euro jährlich.\n"),
        (None, Some(52000.0), Some("year"))
    );
    assert_eq!(
        row("Cocinero\n\n**Salario**: Hasta 38K€, según experiencia\n"),
        (None, Some(38000.0), None)
    );
    assert_eq!(
        row("Koch\n\nGehalt: ab 3.150 € brutto pro Monat, Überzahlung möglich.\n"),
        (Some(3150.0), None, Some("month"))
    );
    assert_eq!(
        row("Koch\n\nJahresbrutto EUR 44.000,-. Eine Überzahlung ist je nach Erfahrung möglich.\n"),
        (Some(44000.0), None, Some("year"))
    );
}

#[test]
fn thousands_grouped_by_spaces() {
    let p = first("Chef\n\nSalaire : 41 000 € - 47 000 € brut par an\n");
    assert_eq!(
        (p.0, p.1, p.3),
        (Some(41000.0), Some(47000.0), Some("year"))
    );
    let p = first("Chef\n\nWynagrodzenie: 7\u{a0}200 zł brutto miesięcznie\n");
    assert_eq!((p.0, p.1, p.3), (Some(7200.0), Some(7200.0), Some("month")));
    // Two numbers a space apart are not one amount unless the second has three digits.
    let p = first("Chef\n\nTeam of 12 people; pay $45 per hour\n");
    assert_eq!((p.0, p.1), (Some(45.0), Some(45.0)));
}

#[test]
fn budgets_and_other_facts_in_other_languages_are_not_pay() {
    assert!(
        pays(
            "Dev\n\n- Presupuesto para formación de 600€ anuales.\n",
            Format::Text
        )
        .is_empty()
    );
    assert!(
        pays(
            "Dev\n\n- Weiterbildungsbudget von 1.500 € pro Jahr\n",
            Format::Text
        )
        .is_empty()
    );
    // A number in a field of another fact is that fact.
    assert!(pays("Soudeur\n\nExpérience : 2 an\n", Format::Text).is_empty());
    // In a language of compounds a not-pay word counts inside a longer word too: an
    // education budget is no pay.
    let nl = "Ontwikkelaar\n\nJe krijgt een jaarlijks opleidingsbudget van €2500,- om vrij te besteden.\n";
    assert!(pays(nl, Format::Text).is_empty());
    // Also under a pay line without a figure: its own line's label says what it is.
    let lines = "Soudeur\n\nSalaire (commentaire) : selon profil\nExpérience : 1 an\n";
    assert!(pays(lines, Format::Text).is_empty());
    // Under a heading that names the pay, a label of a level does not take the pay away.
    assert_eq!(
        first("Cook\n\nCompensation\nSenior: 25k-35k\n").0,
        Some(25000.0)
    );
    // A figure under a label of its own line is that label's value.
    assert_eq!(first("Cook\n\nSalary:\n52,000\n").0, Some(52000.0));
}

#[test]
fn a_pay_word_that_holds_a_not_pay_word_is_pay() {
    // "bolsa-auxílio" (an intern's grant) holds "auxílio" (an allowance): the amount is pay.
    let text = "# Estágio em Marketing\n\nVaga de estágio em Curitiba.\n\n- bolsa-auxílio de R$ 1.200,00\n- vale-transporte\n";
    assert_eq!(first(text).0, Some(1200.0));
    // An allowance alone is still not pay.
    let allowance = "# Estágio em Marketing\n\nVaga de estágio em Curitiba.\n\n- auxílio home office de R$ 150,00\n";
    assert!(pays(allowance, Format::Text).is_empty());
}

#[test]
fn a_period_after_each_amount_of_a_range() {
    for (text, min, max, period) in [
        ("Pay: $92K/yr - $118K/yr", 92_000.0, 118_000.0, "year"),
        (
            "Salary: $131,000 per year - $149,000 per year",
            131_000.0,
            149_000.0,
            "year",
        ),
        ("Rate: US$41/hour to US$57/hour", 41.0, 57.0, "hour"),
    ] {
        let (lo, hi, _, p, _) = first(&format!("# Deckhand\n\n{text}\n"));
        assert_eq!((lo, hi, p), (Some(min), Some(max), Some(period)), "{text}");
    }
}

#[test]
fn amounts_and_periods_as_german_and_polish_postings_write_them() {
    let row = |t: &str| {
        let p = first(t);
        (p.0, p.1, p.2, p.3)
    };
    let eur = Some(String::from("EUR"));
    // "3.828,-": no cents, with the currency after it.
    assert_eq!(
        row("Koch\n\nGehalt: 3.828,- € brutto pro Monat\n"),
        (Some(3828.0), Some(3828.0), eur.clone(), Some("month"))
    );
    // "max." run into the amount: an abbreviation, not a decimal point.
    assert_eq!(
        row("Koch\n\n- Gehalt: max.90.000 €\n"),
        (None, Some(90000.0), eur.clone(), None)
    );
    // A period word at the end of a compound ("Arbeitsstunde").
    assert_eq!(
        row("Koch\n\n- Vergütung: 14,50 Euro / Arbeitsstunde\n"),
        (Some(14.5), Some(14.5), eur.clone(), Some("hour"))
    );
    // A slash before the gross word as well as after it.
    assert_eq!(
        row("Koch\n\n- stawka 11,20 euro/netto/h\n"),
        (Some(11.2), Some(11.2), eur.clone(), Some("hour"))
    );
    // A number after a one-letter abbreviation or another number's dot is not an amount.
    assert!(
        pays(
            "Koch\n\nSiehe Abschnitt v.2 und 1.500 Punkte.\n",
            Format::Text
        )
        .is_empty()
    );
}

#[test]
fn the_same_amounts_stated_again_with_a_period_give_it_to_both() {
    let all = pays(
        "# Koch\n\n## Kanzlei in Graz | bis 58.000 €\n\nDie Bezahlung liegt bei bis zu 58.000 Euro jährlich.\n",
        Format::Markdown,
    );
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().all(|p| p.3 == Some("year")), "{all:?}");
    // Different periods for the same amounts: neither is given to a statement without one.
    let all = pays(
        "# Koch\n\nGehalt 40 €.\n\nAls Stundenlohn 40 € pro Stunde, als Tagessatz 40 € pro Tag.\n",
        Format::Markdown,
    );
    assert_eq!(all[0].3, None, "{all:?}");
}

#[test]
fn an_amount_right_after_a_sentence_is_read_from_its_currency() {
    // "per week.£150 per listing": the second amount is what a listing earns, and the dot
    // ends a sentence, not an abbreviation of "up to".
    let all = pays(
        "Agent\n\nYou earn £600 per week.£150 per listing.\n",
        Format::Text,
    );
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].3, Some("week"));
}

#[test]
fn an_amount_without_cents_written_comma_dash_is_money() {
    // No currency, but ",-" is written only of money; the place gives the currency.
    let p = first(
        "Koch\n\nOrt: Graz, Österreich\n\nEinstufung laut Kollektivvertrag: Stufe 2 (2.950,-) für 40 Stunden.\n",
    );
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(2950.0), Some(2950.0), Some("EUR"))
    );
}

#[test]
fn a_currency_symbol_that_starts_with_a_multiplier_letter() {
    // "Kč" starts with "K", which after a number is a thousand ("80K").
    let p = first_in("# Účetní\n\nMzda: 42 000 Kč měsíčně\n", Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.4.as_str()),
        (Some(42000.0), Some(42000.0), Some("CZK"), "42 000 Kč")
    );
    let p = first_in("# Skladník\n\nMzda: 35 000 - 42 000 Kč\n", Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(35000.0), Some(42000.0), Some("CZK"))
    );
    // "m" is a million, not the start of "měsíčně" (monthly).
    let p = first_in("# Účetní\n\nMzda: 42 000 CZK měsíčně\n", Format::Markdown);
    assert_eq!((p.0, p.2.as_deref()), (Some(42000.0), Some("CZK")));
    // A multiplier is still one before a currency of its own.
    let p = first_in("# Dev\n\nSalary: 80K USD\n", Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(80000.0), Some(80000.0), Some("USD"))
    );
}

#[test]
fn a_stipend_for_a_purpose_is_no_pay() {
    // What an allowance is worth is not the role's pay; the intern's stipend is.
    assert!(
        pays(
            "Intern\n\nPerks\n\n$180 monthly lunch stipend.\n",
            Format::Text
        )
        .is_empty()
    );
    let p = first("Intern\n\nA monthly stipend of $2,400, plus a $90 monthly commuter stipend.\n");
    assert_eq!((p.0, p.1, p.3), (Some(2400.0), Some(2400.0), Some("month")));
}

#[test]
fn a_currency_code_before_the_sign_of_each_amount() {
    let p = first("Tutor\n\nRate: AUD $31.50 - AUD $38.00 hourly\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(31.5), Some(38.0), Some("AUD"), Some("hour"))
    );
}

#[test]
fn a_period_word_run_into_the_next_word() {
    // A line break lost between "hour" and "Top": the period is still the hour, not the
    // French year "an" read from the article.
    for text in [
        "# Barista\n\nPay: $8.50 an hourTop benefits include health insurance.\n",
        "# Barista\n\nPay: $18 per hourApply today.\n",
    ] {
        let p = first_in(text, Format::Markdown);
        assert_eq!(p.3, Some("hour"), "{text:?}: {p:?}");
    }
}

#[test]
fn a_number_far_below_an_amount_with_a_currency_is_not_its_range() {
    // "Band 2 - $41.10 - 52.80": the band's number is not the bottom of the pay.
    let p = first("Pharmacist\n\nPay bands:\n\nBand 2 - $41.10 - 52.80\n");
    assert_eq!((p.0, p.1), (Some(41.1), Some(52.8)), "{p:?}");
    // A range written with the sign on its top only is still one.
    let p = first("Porter\n\nPay: 18 - $21 per hour\n");
    assert_eq!((p.0, p.1), (Some(18.0), Some(21.0)), "{p:?}");
}

#[test]
fn pay_words_with_a_period_in_the_sentence_before_give_the_amount_its_period() {
    let row = |t: &str| {
        let p = first(t);
        (p.0, p.1, p.3)
    };
    // The sentence before says monthly gross pay; the amount follows with a grade and hours.
    assert_eq!(
        row(
            "Koch\n\nOrt: Linz, Österreich\n\nWir bieten ein monatliches Bruttogehalt laut Kollektivvertrag für Hotellerie. Einstufung Stufe 3 (2.640,-) für 40 Stunden pro Woche.\n"
        ),
        (Some(2640.0), Some(2640.0), Some("month"))
    );
    // A period word not about pay says nothing of the amount.
    assert_eq!(
        row(
            "Koch\n\nOrt: Linz, Österreich\n\nWir treffen uns monatlich zum Teamfrühstück. Einstufung Stufe 3 (2.640,-) für 40 Stunden.\n"
        ),
        (Some(2640.0), Some(2640.0), None)
    );
    // Nor does one before another amount: it is that amount's.
    let all = pays(
        "Koch\n\nDas Jahresgehalt beträgt 42.000 € brutto. Dazu kommen 1.500 € als Zuschlag für Nachtdienste.\n",
        Format::Text,
    );
    assert_eq!(all[0].3, Some("year"));
    assert!(all.iter().skip(1).all(|p| p.3.is_none()), "{all:?}");
}

#[test]
fn the_minimum_of_a_collective_agreement_is_the_bottom_of_pay() {
    // Austrian ads state the agreement's minimum and that more is paid: an open top, even when
    // the sentence saying so is long.
    let p = first(
        "Koch\n\nOrt: Salzburg, Österreich\n\nEinstufung Stufe 2 (3.120,-) für 38,5h/Woche, je nach Erfahrung, Ausbildung und den Aufgaben, die du im Team übernimmst, liegt dein Gehalt über dem angegebenen Mindestgehalt.\n",
    );
    assert_eq!((p.0, p.1), (Some(3120.0), None));
    // A word two sentences on is about something else.
    let p = first(
        "Koch\n\nGehalt: 3.120 € brutto pro Monat. Wir kochen regional. Überzahlung der Lieferanten vermeiden wir.\n",
    );
    assert_eq!((p.0, p.1), (Some(3120.0), Some(3120.0)));
}

#[test]
fn alternative_amounts_of_one_sentence_are_one_pay_from_lowest_to_highest() {
    let row = |text: &str| {
        let p = first(text);
        (p.0, p.1, p.2, p.3)
    };
    let eur = Some(String::from("EUR"));
    // A list of rates by qualification; "stawka" alone is an hourly rate in Polish.
    assert_eq!(
        row("Monter\n\nStawka zależna od uprawnień: 14,20 euro 15,80 euro 17,50 euro netto.\n"),
        (Some(14.2), Some(17.5), eur.clone(), Some("hour"))
    );
    // Rates joined by commas and "or", the period after the last.
    assert_eq!(
        row("Picker\n\nPay: $19, $21 or $23 an hour depending on the shift.\n"),
        (Some(19.0), Some(23.0), Some("USD".into()), Some("hour"))
    );
    // Pay that rises after a date.
    assert_eq!(
        row(
            "Analista\n\nRemuneração: R$ 5.100,00 até março/2027 (R$ 5.600,00 a partir de abril/2027)\n"
        ),
        (Some(5100.0), Some(5600.0), Some("BRL".into()), None)
    );
    // One pay stated gross and net is not two alternatives.
    assert_eq!(
        row("Buchhalter\n\nGehalt: 3.400 € brutto (2.300 € netto) im Monat.\n"),
        (Some(3400.0), Some(3400.0), eur.clone(), None)
    );
    // A differential far below the pay is not an alternative to it; nor amounts of two
    // sentences.
    assert_eq!(
        row("Nurse\n\nPay: $41/hour; night differential $3/hour.\n"),
        (Some(41.0), Some(41.0), Some("USD".into()), Some("hour"))
    );
    assert_eq!(
        row("Picker\n\nPay: $19 an hour. Overtime pays $24 an hour.\n"),
        (Some(19.0), Some(19.0), Some("USD".into()), Some("hour"))
    );
}

#[test]
fn a_sign_before_the_next_number_belongs_to_it() {
    let p = first("Nurse\n\nPay: $22 $26 an hour.\n");
    assert_eq!((p.0, p.1, p.3), (Some(22.0), Some(26.0), Some("hour")));
    // "Step 1 $136,908": the step number is no amount.
    let all = pays(
        "Analyst\n\nSalary: Step 1 $98,000 to Step 10 $127,000\n",
        Format::Text,
    );
    assert!(all.iter().all(|p| p.0.is_none_or(|v| v > 100.0)), "{all:?}");
    // A word before a sign is no currency code: "or $25" is dollars.
    let p = first("Picker\n\nPay: $22 or $25 an hour.\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(22.0), Some(25.0), Some("USD"))
    );
}

#[test]
fn the_longest_period_word_before_an_amount_names_its_period() {
    let p = first("Kierowca\n\nStawka dzienna: 320 zł netto.\n");
    assert_eq!((p.0, p.3), (Some(320.0), Some("day")));
    let p = first("Kierowca\n\nStawka: 32 zł netto.\n");
    assert_eq!((p.0, p.3), (Some(32.0), Some("hour")));
    let p = first("Kierowca\n\nStawka miesięczna: 6400 zł brutto.\n");
    assert_eq!((p.0, p.3), (Some(6400.0), Some("month")));
}

#[test]
fn weekly_pay_in_other_languages() {
    for (text, value) in [
        ("Aushilfe\n\nVergütung: 450 € pro Woche.\n", 450.0),
        ("Serveur\n\nSalaire : 520 € par semaine.\n", 520.0),
        ("Camarero\n\nSalario: 380 € a la semana.\n", 380.0),
        ("Kelner\n\nWynagrodzenie: 1700 zł netto/tydzień.\n", 1700.0),
        ("Vakkracht\n\nSalaris: € 640 per week.\n", 640.0),
    ] {
        let p = first(text);
        assert_eq!((p.0, p.3), (Some(value), Some("week")), "{text}");
    }
}

#[test]
fn a_period_stated_in_the_paragraph_before_the_range_applies_to_it() {
    // The range stands on a line of its own under a heading; the paragraph above says that
    // the base salary is annual.
    let text = "# Data Engineer\n\nWhat you get\n\nPay depends on skills and location. The base annual salary is only one part of the total package we offer, which also includes stock options, a pension plan and generous leave.\n\nPay Range\n\n$120,000 - $150,000 USD\n\nAbout us\n\nWe make garden tools.\n";
    let p = first_in(text, Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.3),
        (Some(120000.0), Some(150000.0), Some("year")),
        "{p:?}"
    );
    // A period word that is not about pay says nothing of the range.
    let text = "# Data Engineer\n\nWe meet yearly for a week by the sea.\n\nPay Range\n\n$120,000 - $150,000 USD\n";
    let p = first_in(text, Format::Markdown);
    assert_eq!((p.0, p.1, p.3), (Some(120000.0), Some(150000.0), None));
    // Nor does one that another amount already took.
    let all = pays(
        "# Data Engineer\n\nThe annual salary is $90,000 for the first grade.\n\nSecond grade\n\n$100,000 - $110,000 USD\n",
        Format::Markdown,
    );
    assert_eq!(all[0].3, Some("year"), "{all:?}");
    assert!(all.iter().skip(1).all(|p| p.3.is_none()), "{all:?}");
}

#[test]
fn a_low_and_a_high_pay_label_pair_into_one_range() {
    let text =
        "# Analyst\n\nWe analyse rivers.\n\nPosted Pay Low: 61000\n\nPosted Pay High: 78500\n";
    let all = pays(text, Format::Markdown);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!((all[0].0, all[0].1), (Some(61000.0), Some(78500.0)));
    assert_eq!(all[0].4, "61000\n\nPosted Pay High: 78500");
    // Bound words first, and in parentheses.
    let p = first_in(
        "# Analyst\n\nMinimum Salary: $30\n\nMaximum Salary: $36 per hour\n",
        Format::Markdown,
    );
    assert_eq!((p.0, p.1, p.3), (Some(30.0), Some(36.0), Some("hour")));
    let p = first_in("# Analyst\n\nSalary (min): 52000\n", Format::Markdown);
    assert_eq!((p.0, p.1), (Some(52000.0), None));
    let p = first_in("# Analyst\n\nPay Range Max: 64000\n", Format::Markdown);
    assert_eq!((p.0, p.1), (None, Some(64000.0)));
    // A word that is no pay label beside a bound word is no field.
    assert!(pays("# Analyst\n\nTeam Low: 4000\n", Format::Markdown).is_empty());
}

#[test]
fn table_cells_labelled_low_and_high_pair_into_one_range() {
    let range = |text: &str, format: Format| {
        let all = pays(text, format);
        let p = all.first().unwrap_or_else(|| panic!("no pay in {text:?}"));
        (p.0, p.1, p.2.clone())
    };
    let usd = (Some(41000.0), Some(97000.0), Some("USD".to_string()));
    let intro = "# Ferry Deckhand\n\nCrew our harbour ferries out of Seattle, WA.\n\n";
    // A label in each row's first cell, the pay named in the table's header.
    let rows = format!("{intro}| Wage | |\n|---|---|\n| Low | $41,000 |\n| High | $97,000 |\n");
    assert_eq!(range(&rows, Format::Markdown), usd);
    // The ends named in the header row, over a row of amounts too far apart to be
    // alternatives of one pay.
    let header =
        format!("{intro}| Range | Min | Max |\n|---|---|---|\n| Base | $41,000 | $97,000 |\n");
    assert_eq!(range(&header, Format::Markdown), usd);
    // A saved page's table: its cells run together when shown.
    let page = "<h1>Ferry Deckhand</h1><p>Crew our harbour ferries out of Seattle, WA.</p><table><tr><th>Minimum</th><th>Maximum</th></tr><tr><td>$41,000</td><td>$97,000</td></tr></table>";
    assert_eq!(range(page, Format::Html), usd);
    let page = "<h1>Ferry Deckhand</h1><p>Crew our harbour ferries out of Seattle, WA.</p><table><tr><td>Pay Min</td><td>$41,000</td></tr><tr><td>Pay Max</td><td>$97,000</td></tr></table>";
    assert_eq!(range(page, Format::Html), usd);
    // A copied page: cells on lines of their own, or split by tabs.
    let copied = "Ferry Deckhand\n\nCrew our harbour ferries out of Seattle, WA.\n\nWage\nLow\n$41,000\nHigh\n$97,000\n";
    assert_eq!(range(copied, Format::Text), usd);
    let copied = "Ferry Deckhand\n\nCrew our harbour ferries out of Seattle, WA.\n\nWage\nMin\tMax\n$41,000\t$97,000\n";
    assert_eq!(range(copied, Format::Text), usd);
    // The same words in a language pack: a range over list items.
    let items = "# Kierowca dostawczy\n\nSzukamy kierowcy do rozwozu paczek w Poznaniu.\n\nWynagrodzenie:\n- od\n- 4 600 zł\n- do 5 900 zł netto miesięcznie\n";
    let p = first_in(items, Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(4600.0), Some(5900.0), Some("PLN"), Some("month"))
    );
    // A header cell above a row is not "max" of the row's first amount, and a bound word in a
    // sentence names no end.
    let all = pays(
        "Ferry Deckhand\n\nCrew our ferries in Seattle, WA. Low tides and high winds are common.\n\nWe pay $41,000 a year.\n",
        Format::Text,
    );
    assert_eq!((all[0].0, all[0].1), (Some(41000.0), Some(41000.0)));
}

#[test]
fn a_pay_word_right_before_an_amount_makes_it_the_pay_of_its_section() {
    // A calculator's inputs come before the salary it gives.
    let text = "# Product Designer\n\n## Salary calculator\n\n1. Reference (Lisbon) €61,000\n2. Level factor 1.1\n\nSalary €58,000 - €69,000\n";
    let p = first_in(text, Format::Markdown);
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(58000.0), Some(69000.0), Some("EUR"))
    );
}

#[test]
fn from_an_amount_leaves_its_top_open() {
    for text in [
        "# Cashier\n\nPay: From $17.25 per hour\n",
        "# Cashier\n\nWe pay starting at $17.25 an hour.\n",
    ] {
        let p = first_in(text, Format::Markdown);
        assert_eq!(
            (p.0, p.1, p.3),
            (Some(17.25), None, Some("hour")),
            "{text:?}"
        );
    }
    // A range keeps both ends.
    let p = first_in(
        "# Cashier\n\nPay: from $17 to $19 per hour\n",
        Format::Markdown,
    );
    assert_eq!((p.0, p.1), (Some(17.0), Some(19.0)));
}

#[test]
fn what_a_benefit_account_is_worth_is_no_pay() {
    // A benefits list under a heading that names no section: the account's cap is not pay.
    let text = "# Platform Engineer\n\nPay: $140,000 - $170,000 per year\n\nPerks for everyone (worldwide)\n\n- Adoption and fertility HSA (up to $8,000 a year)\n- Home office equipment (up to $1,200)\n";
    let all = pays(text, Format::Markdown);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!((all[0].0, all[0].1), (Some(140000.0), Some(170000.0)));
    assert!(
        pays(
            "# Platform Engineer\n\nPerks\n\n- Fertility HRA (up to $9,000 per year)\n",
            Format::Markdown
        )
        .is_empty()
    );
}

#[test]
fn an_amount_passed_over_is_not_read_again_without_its_sign() {
    // What a thing is worth is not pay; the number after its sign is not either, though pay
    // is named in the sentence before and a period follows.
    let text = "Loan Officer Trainee\n\nBenefits\n\n- Hourly pay. The laptop and phone you get are worth $2,500 a year.\n";
    assert!(
        pays(text, Format::Text).is_empty(),
        "{:?}",
        pays(text, Format::Text)
    );
    // What a transit subsidy is worth is no pay.
    assert!(
        pays(
            "Clerk\n\nBenefits\n\n- $95 transit pass subsidy per month\n",
            Format::Text
        )
        .is_empty()
    );
}

/// A line in a script of one language brings its pack's words into a posting in another:
/// "月薪" (monthly pay) in an English posting gives the period.
#[test]
fn a_chinese_pay_line_in_an_english_posting_has_its_period() {
    let text = "# Backend engineer\n\nWe build billing software for small clinics and are hiring an engineer to own our invoicing service, from the database to the API.\n\n月薪：4000–8000 美元\n";
    let rows = pays(text, Format::Markdown);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (rows[0].0, rows[0].1, rows[0].2.as_deref(), rows[0].3),
        (Some(4000.0), Some(8000.0), Some("USD"), Some("month"))
    );
}

#[test]
fn words_of_the_english_pack_around_an_amount() {
    // `and_up`, right after the amount: its top is open.
    let p = first("Groomer\n\nWe pay $21 and up, by experience.\n");
    assert_eq!((p.0, p.1), (Some(21.0), None));
    let p = first("Groomer\n\nThe wage is $19 or more an hour.\n");
    assert_eq!((p.0, p.1), (Some(19.0), None));
    let p = first("Groomer\n\nWe pay $21, by experience.\n");
    assert_eq!((p.0, p.1), (Some(21.0), Some(21.0)));
    // `adds_to_pay`: a bonus after the pay, added to it, leaves the pay.
    let p = first("Planner\n\nThe salary is $64,000 a year plus a yearly bonus.\n");
    assert_eq!(
        (p.0, p.1, p.3),
        (Some(64000.0), Some(64000.0), Some("year"))
    );
    assert!(
        pays(
            "Planner\n\nYou get $4,000 as a yearly bonus.\n",
            Format::Text
        )
        .is_empty()
    );
    // `not_pay_before`: right before it, also at the end of a longer word.
    for text in [
        "Planner\n\nOur shop, valued at $9,000,000, is growing.\n",
        "Planner\n\nWe sell more than $80,000 of seeds a month.\n",
        "Planner\n\nAnnual turnover $750,000 and rising.\n",
    ] {
        assert!(pays(text, Format::Text).is_empty(), "{text:?}");
    }
}

#[test]
fn a_word_of_not_pay_after_right_after_an_amount_makes_it_no_pay() {
    let text = "Analista\n\nSomos uma empresa de logística em Curitiba e buscamos uma pessoa analista para a equipe financeira. Oferecemos R$ 300 reembolso de internet todos os meses, além de plano de saúde.\n";
    assert!(
        pays(text, Format::Text).is_empty(),
        "{:?}",
        pays(text, Format::Text)
    );
    let paid = text.replace("reembolso de internet", "de salário");
    assert_eq!(first(&paid).0, Some(300.0));
}

#[test]
fn pay_under_a_line_naming_other_jobs_is_not_this_postings() {
    let page = "Night Baker\nDenver, CO\nWe bake bread for cafes.\n\nOther roles you might like\nSous Chef\nMesa Grill · Boulder, CO\n$60,000 - $70,000 a year\n";
    assert!(pays(page, Format::Text).is_empty());
    // The same line as the posting's own pay line keeps its pay.
    let page =
        "Night Baker\nDenver, CO\nWe bake bread for cafes.\n\nPay: $60,000 - $70,000 a year\n";
    assert_eq!(first(page).0, Some(60000.0));
}

#[test]
fn a_dollar_code_after_a_range_says_which_dollar_the_sign_is() {
    let p = first("Field Technician\n\nPay: $52,000 - $61,000 AUD per year\n");
    assert_eq!((p.0, p.2.as_deref()), (Some(52000.0), Some("AUD")));
    // A sign alone stays the dollar of the place, or US dollars.
    let p = first("Field Technician\n\nPay: $52,000 - $61,000 per year\n");
    assert_eq!(p.2.as_deref(), Some("USD"));
}

#[test]
fn us_dollars_named_so_stay_us_dollars_in_a_canadian_posting() {
    // A bare "$" in a posting for Canada is Canadian dollars ...
    let p = first("Field Technician\nToronto, ON\n\nPay: $52,000 - $61,000 per year\n");
    assert_eq!(p.2.as_deref(), Some("CAD"));
    // ... but "USD" or "US$" say which dollar it is.
    for pay in [
        "$52,000 - $61,000 USD per year",
        "US$52,000 - US$61,000 per year",
        "USD 52,000 - 61,000 per year",
    ] {
        let p = first(&format!("Field Technician\nToronto, ON\n\nPay: {pay}\n"));
        assert_eq!(p.2.as_deref(), Some("USD"), "{pay}");
    }
    // Also when the code ends a sentence.
    let text = "Field Technician\nToronto, ON\n\nThe range for this role in the US is $52,000 - $61,000 USD. It is CA$60,000 in Canada.\n";
    assert_eq!(first(text).2.as_deref(), Some("USD"));
    let p = first("Field Technician\n\nPay: 52,000 - 61,000 EUR.\n");
    assert_eq!((p.0, p.2.as_deref()), (Some(52000.0), Some("EUR")));
}

#[test]
fn a_b_after_an_amount_is_billions_only_alone() {
    // "$5B" is a company figure; "b/a" (bruto anual) after an amount is its period's mark.
    assert!(
        pays(
            "Analyst\n\nWe raised funds at a $5B valuation.\n",
            Format::Text
        )
        .is_empty()
    );
    assert!(pays("Analyst\n\nOur revenue passed $1.2b.\n", Format::Text).is_empty());
    let p = first("Administrativo\n\nSalario: 28.000 - 32.000 € b/a\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref()),
        (Some(28000.0), Some(32000.0), Some("EUR"))
    );
}

#[test]
fn pounds_are_sterling_only_before_a_pay_period() {
    let p = first("Clerk\n\nSalary: 30,000 pounds per year\n");
    assert_eq!(
        (p.0, p.2.as_deref(), p.3),
        (Some(30000.0), Some("GBP"), Some("year"))
    );
    assert_eq!(p.4, "30,000 pounds per year");
    let p = first("Clerk\n\nWe pay 14 pounds an hour.\n");
    assert_eq!(
        (p.0, p.2.as_deref(), p.3),
        (Some(14.0), Some("GBP"), Some("hour"))
    );
    // A weight is no pay.
    assert!(pays("Clerk\n\nYou will lift up to 50 pounds.\n", Format::Text).is_empty());
    // A pay field's amount needs no period to be in pounds.
    let p = first("Clerk\n\nSalary: 28,000 pounds\n");
    assert_eq!((p.0, p.2.as_deref()), (Some(28000.0), Some("GBP")));
}

/// The words that make an amount no pay are the packs' (`not_pay_phrases`, `not_pay_later`,
/// `not_amount_after`): a user's pack adds to them, as to every key.
#[test]
fn a_users_pack_adds_words_that_make_an_amount_no_pay() {
    let text = "# Event Coordinator\n\nThe salary is $52,000 a year. Our hackathon prize pool is $80,000 a year, and $9,000 in grants goes to 12 teams.\n";
    let mins = |pay: &str| {
        let yaml = format!("language: en\nname: English\ndetector: eng\npay:\n{pay}");
        let f =
            crate::facts::facts_with_pack("mine/vocab/lang/en.yaml", &yaml, text, Format::Markdown)
                .unwrap();
        let mut mins: Vec<_> = f.pay.iter().filter_map(|p| p.value.min).collect();
        mins.dedup();
        mins
    };
    let builtin = mins("  and_up: []\n");
    assert!(builtin.contains(&80000.0), "{builtin:?}");
    assert_eq!(
        mins("  not_pay_phrases: [prize pool]\n  not_amount_after: [in grants]\n"),
        [52000.0]
    );
}

/// A period after each amount of a range, after a word of any pack's `per`.
#[test]
fn a_period_after_each_amount_of_a_range_in_words_of_the_packs() {
    let row = first(
        "Lagerhelfer\n\nWir zahlen 14,50 € pro Stunde - 16,00 € pro Stunde, je nach Schicht.\n",
    );
    assert_eq!(
        (row.0, row.1, row.3),
        (Some(14.5), Some(16.0), Some("hour"))
    );
    let row = first("Barista\n\nPay is $18 an hour - $21 an hour plus tips.\n");
    assert_eq!(
        (row.0, row.1, row.3),
        (Some(18.0), Some(21.0), Some("hour"))
    );
}

#[test]
fn a_ranges_top_may_open_with_an_up_to_phrase() {
    let p = first("Store Manager\n\nSalary: from $52,000 to a maximum of $68,000 per year.\n");
    assert_eq!(
        (p.0, p.1, p.2.as_deref(), p.3),
        (Some(52000.0), Some(68000.0), Some("USD"), Some("year"))
    );
    let p = first("Line Cook\n\nPay: $17 - up to $21 an hour.\n");
    assert_eq!((p.0, p.1, p.3), (Some(17.0), Some(21.0), Some("hour")));
    // "base" beside a range states no period: the hand labels leave it unstated too.
    let p = first("Sales Rep\n\nCompensation: $58,000 - $74,000 base plus commission.\n");
    assert_eq!((p.0, p.1, p.3), (Some(58000.0), Some(74000.0), None));
}

#[test]
fn lakhs_scale_indian_pay() {
    let (min, max, currency, _, _) = first(
        "Data Analyst\nPune, Maharashtra, India\n\nCTC: ₹9-14 LPA\n\nYou will build reports.\n",
    );
    assert_eq!((min, max), (Some(900_000.0), Some(1_400_000.0)));
    assert_eq!(currency.as_deref(), Some("INR"));
}

#[test]
fn a_dollar_amount_takes_the_currency_of_a_city_and_code_line() {
    // An Australian address line without a comma places the job, so "$" is AUD.
    let (min, _, currency, _, _) = first(
        "Grants Coordinator\nWattle Foundation\nToowong QLD 4066\n\n$88k + super\n\nYou will run our grants rounds.\n",
    );
    assert_eq!(min, Some(88_000.0));
    assert_eq!(currency.as_deref(), Some("AUD"));
}
