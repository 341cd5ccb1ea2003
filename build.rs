//! Converts the built-in files (`rules/*.yaml`, `rules/vocab/*.yaml` and `rules/laws/*.yaml`,
//! the source of truth) to JSON in `OUT_DIR`, because reading YAML at every start costs several
//! times as much as reading JSON (README "Performance"). A YAML error in a built-in file fails
//! the build with its location. Users' files are read as YAML at run time.
//!
//! It also determinizes the gates of the built-in rules' patterns (`src/re/gate_build.rs`) and
//! the built-in chrome patterns as one DFA (`src/re/line_set_build.rs`).

use std::path::Path;

#[path = "src/re/line_set_build.rs"]
mod line_set;
// The run time's half (decoding) is unused here.
#[allow(dead_code)]
#[path = "src/re/nfa_codec.rs"]
mod nfa_codec;
#[path = "src/re/gate_build.rs"]
mod rule_gates;

fn main() {
    let vocab = read_yaml("rules/vocab");
    json_list(&vocab, "BUILTIN_VOCAB_JSON", "builtin_vocab.rs");
    chrome_set(&vocab, "chrome_set.bin", "chrome_set.rs");
    let laws = read_yaml("rules/laws");
    json_list(&laws, "BUILTIN_LAWS_JSON", "builtin_laws.rs");
    let rules = read_yaml("rules");
    rule_file_list(&rules, "builtin_rules.rs");
    let patterns = rule_patterns(&rules);
    gates(&patterns, "rule_gates.bin", "rule_gates.rs");
    prebuilt_nfas(&patterns, "prebuilt_nfas.bin", "prebuilt_nfas.rs");
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

/// Writes the built-in chrome patterns as one DFA to `OUT_DIR/<blob>` (`src/re/line_set_build.rs`)
/// and `OUT_DIR/<index>`: the patterns it was built from, `CHROME_SET_PATTERNS`, for the run
/// time to check that a vocabulary's patterns are exactly these.
fn chrome_set(vocab: &[YamlFile], blob_name: &str, index_name: &str) {
    println!("cargo::rerun-if-changed=src/re/line_set_build.rs");
    let (_, chrome) = vocab
        .iter()
        .find(|(name, _)| name.ends_with("/chrome.yaml"))
        .expect("rules/vocab/chrome.yaml exists");
    let patterns: Vec<String> = chrome["patterns"]
        .as_array()
        .expect("chrome patterns are a list")
        .iter()
        .map(|p| {
            p["regex"]
                .as_str()
                .expect("a chrome pattern has a regex")
                .to_string()
        })
        .collect();
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    write_out(blob_name, line_set::anchored_set(&patterns, big_endian));
    write_out(
        index_name,
        format!(
            "/// The patterns of the embedded chrome DFA, in order.\n\
             static CHROME_SET_PATTERNS: &[&str] = &{patterns:?};\n"
        ),
    );
}

fn write_out(name: &str, contents: impl AsRef<[u8]>) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join(name), contents).expect("OUT_DIR is writable");
}

/// The patterns of the rule `files`, sorted, each once.
fn rule_patterns(files: &[YamlFile]) -> Vec<String> {
    let mut patterns = Vec::new();
    for (_, value) in files {
        rule_gates::patterns(value, &mut patterns);
    }
    patterns.sort();
    patterns.dedup();
    patterns
}

/// Writes the gates of the rules' `patterns` to `OUT_DIR/<blob>`, each DFA at an offset
/// that is a multiple of 8 (deserializing needs aligned state ids), and `OUT_DIR/<index>`: a
/// static list of `GateEntry` (`src/re/gate.rs`) named `RULE_GATES`, sorted by pattern.
fn gates(patterns: &[String], blob_name: &str, index_name: &str) {
    println!("cargo::rerun-if-changed=src/re/gate_build.rs");
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    let mut blob = Vec::new();
    let mut index = String::from(
        "/// Gates of the built-in rules' patterns, sorted by pattern.\n\
         static RULE_GATES: &[GateEntry] = &[\n",
    );
    for pattern in patterns {
        let Some(gate) = rule_gates::gate(pattern, big_endian) else {
            continue;
        };
        let mut ranges = Vec::new();
        for dfa in gate.dfas {
            blob.resize(blob.len().next_multiple_of(8), 0);
            ranges.push(format!("({}, {})", blob.len(), dfa.len()));
            blob.extend_from_slice(&dfa);
        }
        let terms: Vec<String> = gate.terms.iter().map(|t| format!("&{t:?}")).collect();
        index.push_str(&format!(
            "    GateEntry {{ pattern: {pattern:?}, dfas: &[{}], terms: &[{}] }},\n",
            ranges.join(", "),
            terms.join(", ")
        ));
    }
    index.push_str("];\n");
    write_out(blob_name, blob);
    write_out(index_name, index);
}

/// Compiles the built-in patterns to NFAs (`src/re/nfa_codec.rs`): the rules' `patterns` and
/// those listed in `src/re/builtin_patterns.json` (the extractors' and vocabularies',
/// which live in code). Writes them to `OUT_DIR/<blob>`, and `OUT_DIR/<index>`: a static list
/// of `PrebuiltEntry` (`src/re/prebuilt.rs`) named `PREBUILT`, sorted by pattern.
fn prebuilt_nfas(rule_patterns: &[String], blob_name: &str, index_name: &str) {
    const LIST: &str = "src/re/builtin_patterns.json";
    println!("cargo::rerun-if-changed=src/re/nfa_codec.rs");
    println!("cargo::rerun-if-changed={LIST}");
    let list = std::fs::read_to_string(LIST).unwrap_or_else(|e| panic!("{LIST}: {e}"));
    let mut patterns: Vec<String> =
        serde_json::from_str(&list).unwrap_or_else(|e| panic!("{LIST}: {e}"));
    patterns.extend_from_slice(rule_patterns);
    patterns.sort();
    patterns.dedup();
    let mut blob = Vec::new();
    let mut index = String::from(
        "/// The built-in patterns compiled to NFAs, sorted by pattern.\n\
         static PREBUILT: &[PrebuiltEntry] = &[\n",
    );
    for pattern in &patterns {
        // A rule's invalid pattern is reported, located, when its file is loaded.
        let Ok((forward, reverse)) = nfa_codec::compile(pattern) else {
            continue;
        };
        let forward = nfa_codec::encode(&forward).expect("one pattern");
        let reverse = nfa_codec::encode(&reverse).expect("one pattern");
        index.push_str(&format!(
            "    PrebuiltEntry {{ pattern: {pattern:?}, forward: ({}, {}), reverse_len: {} }},\n",
            blob.len(),
            forward.len(),
            reverse.len()
        ));
        blob.extend_from_slice(&forward);
        blob.extend_from_slice(&reverse);
    }
    index.push_str("];\n");
    write_out(blob_name, blob);
    write_out(index_name, index);
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
