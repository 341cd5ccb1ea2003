//! The integration tests, as one test binary (one link of the library and its dependencies,
//! not one per file): a module per area.

mod audit;
mod cli;
mod common;
mod config;
mod docs;
mod editor;
mod encoding;
mod extractor_words;
mod fmt;
mod fmt_corpus;
mod formats;
mod hostile;
mod inert;
mod languages;
mod laws;
mod lsp;
mod properties;
mod records;
mod web_shapes;
mod words;
mod writes;
