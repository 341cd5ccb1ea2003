//! hirelint: normalize job postings and lint them for legal and quality problems.
//!
//! The data flows in one straight line (see docs/ARCHITECTURE.md):
//! [`source::Source`] → [`document::Document`] → [`facts::Facts`] → [`finding::Finding`] → [`report`].
//! Rules and vocabularies are YAML data ([`rules`], `rules/` in the repository).

#![forbid(unsafe_code)]

pub mod atomic_write;
pub mod audit;
pub mod baseline;
pub mod config;
pub mod document;
pub mod facts;
pub mod finding;
pub mod fix;
pub mod jurisdiction;
pub mod laws;
pub mod lint;
pub mod lsp;
pub mod normalize;
pub mod prose;
pub mod re;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;
pub mod vocab;
pub mod workspace;
pub mod yaml;
