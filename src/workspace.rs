//! Config files and the rule sets they ask for, loaded once per run and shared by the postings
//! they apply to.

use crate::config::{Config, ConfigError, Settings, discover};
use crate::lint::Linter;
use crate::rules::{LoadError, RuleSet};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Why a posting's config or rules could not be used.
#[derive(Debug)]
pub enum SetupError {
    Config(ConfigError),
    Rules(LoadError),
}

impl From<ConfigError> for SetupError {
    fn from(e: ConfigError) -> Self {
        SetupError::Config(e)
    }
}

impl From<LoadError> for SetupError {
    fn from(e: LoadError) -> Self {
        SetupError::Rules(e)
    }
}

pub struct Workspace {
    /// `--config FILE`: used for every posting instead of discovery.
    explicit: Option<Arc<Config>>,
    /// `--rules DIR` from the command line, added to every posting's rule folders.
    cli_rules: Vec<PathBuf>,
    /// Each folder's config file (or none), as discovered.
    by_dir: HashMap<PathBuf, Option<Arc<Config>>>,
    by_path: HashMap<PathBuf, Arc<Config>>,
    /// One linter per distinct list of rule folders.
    linters: HashMap<Vec<PathBuf>, Arc<Linter>>,
    /// Configs whose rule ids were checked against their rule set.
    checked: Vec<PathBuf>,
}

impl Workspace {
    pub fn new(config: Option<&Path>, cli_rules: &[PathBuf]) -> Result<Workspace, SetupError> {
        let explicit = config.map(Config::load).transpose()?.map(Arc::new);
        Ok(Workspace {
            explicit,
            cli_rules: cli_rules.to_vec(),
            by_dir: HashMap::new(),
            by_path: HashMap::new(),
            linters: HashMap::new(),
            checked: Vec::new(),
        })
    }

    /// The config file that applies to a posting at `path` (`--config`, else the nearest
    /// `hirelint.yaml` in its folder or above).
    pub fn config_for(&mut self, path: &Path) -> Result<Option<Arc<Config>>, SetupError> {
        if let Some(c) = &self.explicit {
            return Ok(Some(c.clone()));
        }
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        if let Some(found) = self.by_dir.get(&dir) {
            return Ok(found.clone());
        }
        let config = match discover(path) {
            Some(file) => Some(match self.by_path.get(&file) {
                Some(c) => c.clone(),
                None => {
                    let c = Arc::new(Config::load(&file)?);
                    self.by_path.insert(file, c.clone());
                    c
                }
            }),
            None => None,
        };
        self.by_dir.insert(dir, config.clone());
        Ok(config)
    }

    /// Whether the config of a file found by walking a folder leaves it out.
    pub fn excludes(&mut self, path: &Path) -> Result<bool, SetupError> {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        Ok(self.config_for(&abs)?.is_some_and(|c| c.excludes(&abs)))
    }

    /// The settings for a posting at `path`, and the linter with its rules.
    pub fn setup(&mut self, path: &Path) -> Result<(Settings, Arc<Linter>), SetupError> {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let config = self.config_for(&abs)?;
        let mut settings = config
            .as_ref()
            .map(|c| c.settings_for(&abs))
            .unwrap_or_default();
        let mut folders = self.cli_rules.clone();
        folders.append(&mut settings.rules);
        settings.rules = folders.clone();
        let linter = match self.linters.get(&folders) {
            Some(l) => l.clone(),
            None => {
                let l = Arc::new(Linter::new(RuleSet::load(&folders)?));
                self.linters.insert(folders, l.clone());
                l
            }
        };
        if let Some(c) = config
            && !self.checked.contains(&c.path)
        {
            c.check_rule_ids(&linter.rules)?;
            self.checked.push(c.path.clone());
        }
        Ok((settings, linter))
    }
}
