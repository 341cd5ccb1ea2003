//! Converts the built-in files (`rules/*.yaml`, `rules/vocab/*.yaml`, `rules/vocab/lang/*.yaml` and `rules/laws/*.yaml`,
//! the source of truth) to JSON in `OUT_DIR`, because reading YAML at every start costs several
//! times as much as reading JSON. A YAML error in a built-in file fails the build with its
//! location. Users' files are read as YAML at run time.

use std::path::Path;

fn main() {
    // The language packs are vocabularies too, known by their folder.
    let mut vocab = read_yaml("rules/vocab");
    vocab.extend(read_yaml("rules/vocab/lang"));
    json_list(&vocab, "BUILTIN_VOCAB_JSON", "builtin_vocab.rs");
    let laws = read_yaml("rules/laws");
    json_list(&laws, "BUILTIN_LAWS_JSON", "builtin_laws.rs");
    let rules = read_yaml("rules");
    rule_file_list(&rules, "builtin_rules.rs");
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
