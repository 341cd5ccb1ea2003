//! The language a posting is written in, by whatlang's trigram model, for the words that
//! only mean something in one language ("CDD" is a French fixed-term contract, and Customer Due
//! Diligence in English; "B2B" a Polish contract, and a kind of business in English).

/// How much of a posting is read to tell its language: enough for the model, bounded for
/// postings of megabytes.
const SAMPLE: usize = 4096;

/// whatlang's code for English, the language of the built-in patterns.
pub const ENGLISH: &str = "eng";

/// The language of a text as whatlang's ISO 639-3 code (`deu`), or `None` when the text is too
/// short or mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let end = crate::re::floor_char_boundary(text, SAMPLE.min(text.len()));
    whatlang::detect(&text[..end])
        .filter(whatlang::Info::is_reliable)
        .map(|info| info.lang().code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_other_languages_are_told_apart() {
        assert_eq!(
            detect(
                "We are looking for a customer success manager who will complete customer due diligence and onboard new clients."
            ),
            Some(ENGLISH)
        );
        assert_eq!(
            detect(
                "Nous recherchons un technicien de maintenance pour un contrat à durée déterminée de six mois dans notre usine."
            ),
            Some("fra")
        );
        assert_eq!(
            detect(
                "Wir suchen ab sofort eine engagierte Pflegefachkraft in Vollzeit für unser Team in der Innenstadt."
            ),
            Some("deu")
        );
        assert_eq!(detect("CDD"), None);
    }
}
