//! Converts the built-in data files (`rules/vocab/*.yaml` and `rules/laws/*.yaml`, the source of
//! truth) to JSON in `OUT_DIR`, because reading 100 KB of YAML at every start costs about ten
//! milliseconds and JSON a few hundred microseconds. A YAML error in a built-in file fails the
//! build with its location. Users' files (`--rules DIR/vocab/`, `DIR/laws/`) are read as YAML at
//! run time.

//!
//! It also determinizes the gates of the built-in rules' patterns (`src/re/gate_build.rs`).

use std::path::Path;

#[path = "src/re/gate_build.rs"]
mod rule_gates;

fn main() {
    convert("rules/vocab", "BUILTIN_VOCAB_JSON", "builtin_vocab.rs");
    convert("rules/laws", "BUILTIN_LAWS_JSON", "builtin_laws.rs");
    gates("rules", "rule_gates.bin", "rule_gates.rs");
}

/// Writes the gates of the patterns in `dir/*.yaml` to `OUT_DIR/<blob>`, each DFA at an offset
/// that is a multiple of 8 (deserializing needs aligned state ids), and `OUT_DIR/<index>`: a
/// static list of `GateEntry` (`src/re/gate.rs`) named `RULE_GATES`, sorted by pattern.
fn gates(dir: &str, blob_name: &str, index_name: &str) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=src/re/gate_build.rs");
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    let mut patterns = Vec::new();
    for path in yaml_files(dir) {
        let text = std::fs::read_to_string(&path).expect("rule file is readable");
        let value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        rule_gates::patterns(&value, &mut patterns);
    }
    patterns.sort();
    patterns.dedup();
    let mut blob = Vec::new();
    let mut index = String::from(
        "/// Gates of the built-in rules' patterns, sorted by pattern.\n\
         static RULE_GATES: &[GateEntry] = &[\n",
    );
    for pattern in &patterns {
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
    std::fs::write(Path::new(&out).join(blob_name), blob).expect("OUT_DIR is writable");
    std::fs::write(Path::new(&out).join(index_name), index).expect("OUT_DIR is writable");
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

/// Writes `OUT_DIR/<index>`: a static list `(file name, JSON)` named `list`, one entry per
/// YAML file of `dir`.
fn convert(dir: &str, list: &str, index_name: &str) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut index = format!(
        "/// `{dir}/*.yaml` as JSON: (file name, contents).\npub static {list}: &[(&str, &str)] = &[\n"
    );
    for path in yaml_files(dir) {
        let text = std::fs::read_to_string(&path).expect("data file is readable");
        let value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 file name");
        let json_name = format!("{}.{name}.json", dir.replace('/', "."));
        std::fs::write(
            Path::new(&out).join(&json_name),
            serde_json::to_string(&value).expect("JSON"),
        )
        .expect("OUT_DIR is writable");
        index.push_str(&format!(
            "    (\"{dir}/{name}\", include_str!(concat!(env!(\"OUT_DIR\"), \"/{json_name}\"))),\n"
        ));
    }
    index.push_str("];\n");
    std::fs::write(Path::new(&out).join(index_name), index).expect("OUT_DIR is writable");
}
