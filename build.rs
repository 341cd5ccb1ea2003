//! Converts the built-in vocabularies (`rules/vocab/*.yaml`, the source of truth) to JSON in
//! `OUT_DIR`, because reading 100 KB of YAML at every start costs about ten milliseconds and
//! JSON a few hundred microseconds. A YAML error in a built-in file fails the build with its
//! location. User vocabularies (`--rules DIR/vocab/`) are read as YAML at run time.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new("rules/vocab");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("rules/vocab exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut index = String::from(
        "/// Built-in vocabularies as JSON: (file name, contents).\npub static BUILTIN_VOCAB_JSON: &[(&str, &str)] = &[\n",
    );
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("vocabulary file is readable");
        let value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 file name");
        let json_path = Path::new(&out).join(format!("{name}.json"));
        std::fs::write(&json_path, serde_json::to_string(&value).expect("JSON"))
            .expect("OUT_DIR is writable");
        index.push_str(&format!("    (\"rules/vocab/{name}\", include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}.json\"))),\n"));
    }
    index.push_str("];\n");
    std::fs::write(Path::new(&out).join("builtin_vocab.rs"), index).expect("OUT_DIR is writable");
}
