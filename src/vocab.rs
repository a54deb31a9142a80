//! The archive's closed vocabularies: entity kinds, alias kinds, event kinds, participant roles, event
//! statuses and date precisions. Each enum's `as_str` values are exactly the CHECK list of its column
//! in `migrations/` (a test reads the migrations to prove it), and `FromStr` refuses anything else, so
//! an unknown value is an error instead of a silent guess.

use std::fmt;
use std::str::FromStr;

pub use crate::arabic::dates::Precision;

/// A value outside a vocabulary: which vocabulary, the value, and the values it allows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{value}' (one of: {allowed})")]
pub struct UnknownTerm {
    pub what: &'static str,
    pub value: String,
    pub allowed: String,
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal, $column:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in the order of the schema's CHECK list.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The column (in `migrations/`) whose CHECK list this vocabulary is.
            pub const COLUMN: &'static str = $column;

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The values, comma-separated (for error messages and help texts).
            pub fn names() -> String {
                [$($text),+].join(", ")
            }
        }

        impl FromStr for $name {
            type Err = UnknownTerm;
            fn from_str(s: &str) -> Result<Self, UnknownTerm> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownTerm { what: $what, value: s.to_string(), allowed: $name::names() }),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = UnknownTerm;
            fn try_from(s: String) -> Result<Self, UnknownTerm> {
                s.parse()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What an entity is (`entities.kind`).
    EntityKind, "entity kind", "entities.kind" {
        Person => "person",
        Org => "org",
        Place => "place",
        Country => "country",
        Outlet => "outlet",
    }
}

impl EntityKind {
    /// The kind named by `s`, if any (a lenient form of `FromStr`, for code that reports its own error).
    pub fn parse(s: &str) -> Option<EntityKind> {
        s.parse().ok()
    }
    /// Places a meeting can happen in.
    pub fn is_geo(self) -> bool {
        matches!(self, EntityKind::Place | EntityKind::Country)
    }
    /// Parties an article can credit for a claim.
    pub fn can_be_source(self) -> bool {
        matches!(
            self,
            EntityKind::Person | EntityKind::Org | EntityKind::Outlet
        )
    }
}

vocabulary! {
    /// How an alias names its entity (`entity_aliases.kind`): a full name, a short form (a surname,
    /// only trusted when unambiguous), a description («رئيس الوزراء التركي») or an abbreviation.
    AliasKind, "alias kind", "entity_aliases.kind" {
        Name => "name",
        Short => "short",
        Descriptive => "descriptive",
        Abbreviation => "abbreviation",
    }
}

vocabulary! {
    /// How a mention names its entity (`mentions.form`): by one of its names, or by a country's
    /// nationality adjective («السوري», «الإيرانية», «الأمريكيون»).
    MentionForm, "mention form", "mentions.form" {
        Name => "name",
        Adjective => "adjective",
    }
}

vocabulary! {
    /// What kind of event a report describes (`events.kind`, `event_reports.kind`).
    EventKind, "event kind", "events.kind" {
        Meeting => "meeting",
        Visit => "visit",
        Talks => "talks",
        Summit => "summit",
        PhoneCall => "phone_call",
        Reception => "reception",
        Other => "other",
    }
}

vocabulary! {
    /// A party's part in an event (`event_participants.role`, `report_participants.role`).
    Role, "role", "event_participants.role" {
        Participant => "participant",
        Host => "host",
        Visitor => "visitor",
        Mediator => "mediator",
        Sponsor => "sponsor",
    }
}

impl Role {
    /// A side of the meeting itself (not a go-between): these make up a meeting's participant set.
    pub fn is_party(self) -> bool {
        matches!(self, Role::Participant | Role::Host | Role::Visitor)
    }
}

vocabulary! {
    /// What kind of party a credited source or its intermediary is (`attributions.source_type`,
    /// `attributions.via_type`): a person (named, or by title: «محلل القناة 12»), an organisation
    /// (also a country or capital speaking), a news outlet, a described group («مصادر محلية», «شهود
    /// عيان») or an unnamed source («مصدر دبلوماسي», «مصدران أمنيان»).
    SourceType, "source type", "attributions.source_type" {
        Person => "person",
        Org => "org",
        Outlet => "outlet",
        Descriptive => "descriptive",
        Anonymous => "anonymous",
    }
}

vocabulary! {
    /// Whether a report says the event took place (`events.status`, `event_reports.status`).
    Status, "status", "events.status" {
        Planned => "planned",
        Held => "held",
        Ongoing => "ongoing",
        Unknown => "unknown",
    }
}

impl Status {
    /// Two reports' statuses can describe the same event: unknown agrees with anything, and talks
    /// reported as under way and as held are the same talks; a plan is not yet either.
    pub fn compatible(self, o: Status) -> bool {
        use Status::*;
        self == o
            || self == Unknown
            || o == Unknown
            || matches!((self, o), (Held, Ongoing) | (Ongoing, Held))
    }
}

/// Every precision, in the order of the schema's CHECK list (`events.date_precision`).
pub const PRECISIONS: [Precision; 5] = [
    Precision::Time,
    Precision::Day,
    Precision::Month,
    Precision::Year,
    Precision::Unresolved,
];

impl FromStr for Precision {
    type Err = UnknownTerm;
    fn from_str(s: &str) -> Result<Self, UnknownTerm> {
        PRECISIONS
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| UnknownTerm {
                what: "date precision",
                value: s.to_string(),
                allowed: PRECISIONS.map(|p| p.as_str()).join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of `column IN (...)` in the table's last definition in the migrations (a table
    /// rebuilt as `table_vN` counts as the table; a column added by ALTER TABLE too).
    fn check_list(column: &str) -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort_by_key(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            name[1..name.find("__").unwrap()].parse::<u32>().unwrap()
        });
        let (table, col) = column.split_once('.').unwrap();
        let needle = format!("{col} IN (");
        let mut found = None;
        for f in files {
            let sql = std::fs::read_to_string(&f).unwrap();
            let mut definitions: Vec<&str> = Vec::new();
            for (i, _) in sql.match_indices(&format!("CREATE TABLE {table}")) {
                let def = &sql[i..];
                definitions.push(&def[..def.find("\n);").unwrap()]);
            }
            let alter = format!("ALTER TABLE {table} ADD COLUMN {col} ");
            for (i, _) in sql.match_indices(&alter) {
                let def = &sql[i..];
                definitions.push(&def[..def.find(";").unwrap()]);
            }
            for def in definitions {
                if let Some(i) = def
                    .find(&format!("CHECK ({needle}"))
                    .or_else(|| def.find(&needle))
                {
                    let rest = &def[i..];
                    let rest = &rest[rest.find(&needle).unwrap() + needle.len()..];
                    found = Some(
                        rest[..rest.find(')').unwrap()]
                            .split(',')
                            .map(|v| v.trim().trim_matches('\'').to_string())
                            .collect(),
                    );
                }
            }
        }
        found.unwrap_or_else(|| panic!("no CHECK list for {column}"))
    }

    fn names<T: Copy>(all: &[T], f: impl Fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|v| f(*v).to_string()).collect()
    }

    #[test]
    fn vocabularies_equal_the_schema_check_lists() {
        assert_eq!(
            check_list(EntityKind::COLUMN),
            names(EntityKind::ALL, EntityKind::as_str)
        );
        assert_eq!(
            check_list(AliasKind::COLUMN),
            names(AliasKind::ALL, AliasKind::as_str)
        );
        assert_eq!(
            check_list(MentionForm::COLUMN),
            names(MentionForm::ALL, MentionForm::as_str)
        );
        assert_eq!(
            check_list(EventKind::COLUMN),
            names(EventKind::ALL, EventKind::as_str)
        );
        assert_eq!(
            check_list("event_reports.kind"),
            names(EventKind::ALL, EventKind::as_str)
        );
        assert_eq!(check_list(Role::COLUMN), names(Role::ALL, Role::as_str));
        assert_eq!(
            check_list("report_participants.role"),
            names(Role::ALL, Role::as_str)
        );
        assert_eq!(
            check_list(Status::COLUMN),
            names(Status::ALL, Status::as_str)
        );
        assert_eq!(
            check_list("event_reports.status"),
            names(Status::ALL, Status::as_str)
        );
        assert_eq!(
            check_list(SourceType::COLUMN),
            names(SourceType::ALL, SourceType::as_str)
        );
        assert_eq!(
            check_list("attributions.via_type"),
            names(SourceType::ALL, SourceType::as_str)
        );
        assert_eq!(
            check_list("events.date_precision"),
            names(&PRECISIONS, |p| p.as_str())
        );
        assert_eq!(
            check_list("articles.published_precision"),
            names(&PRECISIONS, |p| p.as_str())
        );
    }

    #[test]
    fn unknown_values_are_errors_that_list_the_known_ones() {
        assert_eq!("visit".parse::<EventKind>(), Ok(EventKind::Visit));
        let e = "persn".parse::<EntityKind>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown entity kind 'persn' (one of: person, org, place, country, outlet)"
        );
        assert!("Held".parse::<Status>().is_err());
        assert_eq!("month".parse::<Precision>(), Ok(Precision::Month));
        assert!("week".parse::<Precision>().is_err());
    }
}
