//! Converts the built-in data files (`rules/vocab/*.yaml` and `rules/laws/*.yaml`, the source of
//! truth) to JSON in `OUT_DIR`, because reading 100 KB of YAML at every start costs about ten
//! milliseconds and JSON a few hundred microseconds. A YAML error in a built-in file fails the
//! build with its location. Users' files (`--rules DIR/vocab/`, `DIR/laws/`) are read as YAML at
//! run time.

use std::path::Path;

fn main() {
    convert("rules/vocab", "BUILTIN_VOCAB_JSON", "builtin_vocab.rs");
    convert("rules/laws", "BUILTIN_LAWS_JSON", "builtin_laws.rs");
}

/// Writes `OUT_DIR/<index>`: a static list `(file name, JSON)` named `list`, one entry per
/// YAML file of `dir`.
fn convert(dir: &str, list: &str, index_name: &str) {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed={dir}");
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut index = format!(
        "/// `{dir}/*.yaml` as JSON: (file name, contents).\npub static {list}: &[(&str, &str)] = &[\n"
    );
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
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
