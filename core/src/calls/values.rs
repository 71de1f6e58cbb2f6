//! The values some requests carry besides strings: breakout [`Group`]s and
//! [`PluginManifest`]s (the presentation [`Document`](crate::Document)s are in `modules`).

/// A group of users for breakout-room pre-assignment (`groups` of `create`, BBB 2.5+).
///
/// # Examples
///
/// ```
/// use bbbkit::Group;
/// let g = Group::new("g1").name("Team A").roster(["u-1", "u-2"]);
/// assert_eq!(g.roster.len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Group {
    /// The group's ID (required).
    pub id: String,
    /// Its display name.
    pub name: Option<String>,
    /// The external user IDs assigned to it.
    pub roster: Vec<String>,
}

impl Group {
    /// A group with this ID.
    pub fn new(id: impl Into<String>) -> Group {
        Group {
            id: id.into(),
            ..Group::default()
        }
    }
    /// Sets the name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Group {
        self.name = Some(name.into());
        self
    }
    /// Sets the roster.
    #[must_use]
    pub fn roster<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Group {
        self.roster = ids.into_iter().map(Into::into).collect();
        self
    }
}

/// A client plugin for the meeting (`pluginManifests` of `create`, BBB 3.0).
///
/// # Examples
///
/// ```
/// let p = bbbkit::PluginManifest::new("https://plugins.example.com/pick/manifest.json");
/// assert!(p.checksum.is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PluginManifest {
    /// The manifest's http(s) URL.
    pub url: String,
    /// The manifest's checksum, when the server should check it.
    pub checksum: Option<String>,
}

impl PluginManifest {
    /// A plugin by its manifest URL.
    pub fn new(url: impl Into<String>) -> PluginManifest {
        PluginManifest {
            url: url.into(),
            checksum: None,
        }
    }
    /// Sets the checksum.
    #[must_use]
    pub fn checksum(mut self, checksum: impl Into<String>) -> PluginManifest {
        self.checksum = Some(checksum.into());
        self
    }
}
