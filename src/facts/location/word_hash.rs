// Included by build.rs too, so that the gazetteer's first-word filter is written and read with
// one hash.

/// Bits in the gazetteer's first-word filter: about 40,000 first words set fewer than 1 in 20
/// of them, so a word that starts no name is nearly always told by one bit.
pub const FIRST_WORD_BITS: u32 = 20;

/// The filter bit of a first word in lower case (FNV-1a, top bits).
pub fn first_word_bit(word: &str) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash >> (64 - FIRST_WORD_BITS)) as usize
}

/// The first word of a name: up to the first character that is not a letter or digit.
pub fn first_word(name: &str) -> &str {
    &name[..name
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(name.len())]
}
