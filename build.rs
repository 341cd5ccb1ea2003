//! Converts the built-in files (`rules/*.yaml`, `rules/vocab/*.yaml`, `rules/vocab/lang/*.yaml` and `rules/laws/*.yaml`,
//! the source of truth) to JSON in `OUT_DIR`, because reading YAML at every start costs several
//! times as much as reading JSON. A YAML error in a built-in file fails the build with its
//! location. Users' files are read as YAML at run time.

use std::path::Path;

mod word_hash {
    #![allow(dead_code)]
    include!("src/facts/location/word_hash.rs");
}

fn main() {
    // The language packs are vocabularies too, known by their folder.
    let mut vocab = read_yaml("rules/vocab");
    vocab.extend(read_yaml("rules/vocab/lang"));
    json_list(&vocab, "BUILTIN_VOCAB_JSON", "builtin_vocab.rs");
    let laws = read_yaml("rules/laws");
    json_list(&laws, "BUILTIN_LAWS_JSON", "builtin_laws.rs");
    let rules = read_yaml("rules");
    rule_file_list(&rules, "builtin_rules.rs");
    gazetteer_index("rules/vocab/gazetteer.tsv", "gazetteer.rs");
}

/// Writes `OUT_DIR/<index>`: the cities of the gazetteer (`scripts/gazetteer.py`) by name, for
/// `src/facts/location/gazetteer.rs`. `GAZETTEER` holds one line per name of a city,
/// `name-in-lower-case \t own-name(1/0) \t city \t country \t region \t population`, sorted by
/// the lower-case name, then the city's own names before other cities' other names, then the
/// most populous; `GAZETTEER_LINES` the byte offset of each line and the length of its name,
/// for a binary search that never looks for the tab. Offsets rather than a table of `&str`, so
/// that loading the binary relocates no pointers.
fn gazetteer_index(file: &str, index_name: &str) {
    println!("cargo::rerun-if-changed={file}");
    println!("cargo::rerun-if-changed=src/facts/location/word_hash.rs");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut entries: Vec<(String, u8, u64, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, others, country, region, population] = cols[..] else {
            panic!("{file}:{}: expected 5 tab-separated columns", n + 1);
        };
        let population: u64 = population
            .parse()
            .unwrap_or_else(|e| panic!("{file}:{}: population: {e}", n + 1));
        let record = format!("{name}\t{country}\t{region}\t{population}");
        let mut seen = Vec::new();
        // A name in two languages ("Gasteiz / Vitoria", "Donostia / San Sebastián") is
        // written joined by a hyphen, in either order ("Vitoria-Gasteiz").
        let joined: Vec<String> = match name.split(" / ").collect::<Vec<_>>()[..] {
            [a, b] => vec![format!("{a}-{b}"), format!("{b}-{a}")],
            _ => Vec::new(),
        };
        let names = std::iter::once((0u8, name))
            .chain(others.split('|').map(|o| (1u8, o)))
            .chain(joined.iter().map(|j| (1u8, j.as_str())));
        for (other, key) in names {
            // "Clermont-Ferrand" is also written "Clermont Ferrand".
            let key = key.to_lowercase();
            for key in [key.replace('-', " "), key] {
                if key.is_empty() || seen.contains(&key) {
                    continue;
                }
                seen.push(key.clone());
                entries.push((key, other, u64::MAX - population, record.clone()));
            }
        }
    }
    entries.sort();
    let mut blob = String::new();
    let mut offsets = Vec::with_capacity(entries.len());
    for (key, other, _, record) in &entries {
        let len = u8::try_from(key.len())
            .unwrap_or_else(|_| panic!("{file}: a name of over 255 bytes: {key}"));
        offsets.push(format!("({},{len})", blob.len()));
        blob.push_str(&format!("{key}\t{}\t{record}\n", 1 - other));
    }
    write_out("gazetteer.txt", &blob);
    // A bit per hash of the names' first words ("san" of "san jose"), for a first look that
    // rules out most capitalised words without a search.
    let mut filter = vec![0u8; 1 << (word_hash::FIRST_WORD_BITS - 3)];
    for (key, ..) in &entries {
        let bit = word_hash::first_word_bit(word_hash::first_word(key));
        filter[bit / 8] |= 1 << (bit % 8);
    }
    write_out("gazetteer_first_words.bin", &filter);
    write_out(
        index_name,
        format!(
            "/// The gazetteer's names, one line each, sorted (build.rs).\n\
             static GAZETTEER: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/gazetteer.txt\"));\n\
             /// A bit per hash of the names' first words (build.rs).\n\
             static GAZETTEER_FIRST_WORDS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/gazetteer_first_words.bin\"));\n\
             /// Where each line of `GAZETTEER` starts, and the byte length of its name.\n\
             static GAZETTEER_LINES: [(u32, u8); {}] = [{}];\n",
            offsets.len(),
            offsets.join(",")
        ),
    );
}

/// A parsed YAML file: its path (relative to the crate) and its contents.
type YamlFile = (String, serde_json::Value);

/// The `*.yaml` files of `dir`, parsed. A syntax error fails the build, located.
fn read_yaml(dir: &str) -> Vec<YamlFile> {
    yaml_files(dir)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("data file is readable");
            let value =
                serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.to_str().expect("UTF-8 file name").replace('\\', "/");
            (name, value)
        })
        .collect()
}

/// Writes `file` as JSON to `OUT_DIR` and returns its file name there.
fn write_json((name, value): &YamlFile) -> String {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let json_name = format!("{}.json", name.replace('/', "."));
    std::fs::write(
        Path::new(&out).join(&json_name),
        serde_json::to_string(value).expect("JSON"),
    )
    .expect("OUT_DIR is writable");
    json_name
}

/// Writes `OUT_DIR/<index>`: a static list `(file name, JSON)` named `list`.
fn json_list(files: &[YamlFile], list: &str, index_name: &str) {
    let mut index = format!(
        "/// Built-in files as JSON: (file name, contents).\npub static {list}: &[(&str, &str)] = &[\n"
    );
    for file in files {
        let json_name = write_json(file);
        index.push_str(&format!(
            "    ({:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{json_name}\"))),\n",
            file.0
        ));
    }
    index.push_str("];\n");
    write_out(index_name, index);
}

/// Writes `OUT_DIR/<index>`: a static list of `BuiltinRuleFile` (`src/rules/compile.rs`) named
/// `BUILTIN_RULE_FILES`, each with its JSON (read at every start) and its YAML (for errors).
fn rule_file_list(files: &[YamlFile], index_name: &str) {
    let mut index = String::from(
        "/// The built-in rule files, as JSON and as written.\n\
         static BUILTIN_RULE_FILES: &[BuiltinRuleFile] = &[\n",
    );
    for file in files {
        let json_name = write_json(file);
        let name = &file.0;
        index.push_str(&format!(
            "    BuiltinRuleFile {{\n        name: {name:?},\n        \
             json: include_str!(concat!(env!(\"OUT_DIR\"), \"/{json_name}\")),\n        \
             yaml: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{name}\")),\n    }},\n"
        ));
    }
    index.push_str("];\n");
    write_out(index_name, index);
}

fn write_out(name: &str, contents: impl AsRef<[u8]>) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join(name), contents).expect("OUT_DIR is writable");
}

/// The `*.yaml` files of `dir`, sorted, each registered for a rebuild when it changes.
fn yaml_files(dir: &str) -> Vec<std::path::PathBuf> {
    println!("cargo::rerun-if-changed={dir}");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("yaml"))
        .collect();
    paths.sort();
    for p in &paths {
        println!("cargo::rerun-if-changed={}", p.display());
    }
    paths
}
