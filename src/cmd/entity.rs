//! `marsad entity`: curate entities (add, alias, merge, list, show; `curate`) and correct entity
//! recognition (reject, unalias, block, promote; `curate::corrections`).

use std::path::Path;

use anyhow::Result;
use clap::Subcommand;

use super::entities::EntitiesArgs;
use super::OutArgs;
use crate::curate::{self, corrections};
use crate::db::{self, Mode};

#[derive(Subcommand, Debug)]
pub enum EntityCmd {
    /// Add an entity with its names and aliases (marked curated).
    #[command(after_help = "Example:\n  \
        marsad entity add --kind person --ar 'هاكان فيدان' --en 'Hakan Fidan' \\\n      \
        --alias فيدان")]
    Add {
        /// person, org, place, country or outlet.
        #[arg(long)]
        kind: String,
        /// Arabic name.
        #[arg(long)]
        ar: Option<String>,
        /// English name.
        #[arg(long)]
        en: Option<String>,
        /// A stable key (lowercase slug), optional.
        #[arg(long)]
        key: Option<String>,
        /// Another name it goes by (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
    },
    /// Give an entity (id or any alias) more aliases.
    #[command(after_help = "Examples:\n  \
        marsad entity alias \"Asaad al-Shaibani\" \"Assad Shaibani\" الشيباني\n  \
        marsad entity alias 561 \"As'ad al-Shaybani\"")]
    Alias {
        /// The entity: its id or any alias, Arabic or English.
        entity: String,
        /// The new names it goes by.
        #[arg(required = true)]
        aliases: Vec<String>,
    },
    /// Merge the first entity into the second: its aliases, mentions, events and attributions move over.
    /// A discovered name merged into an entity is that entity whenever it is found again.
    #[command(
        after_help = "Example (a discovered spelling into the gazetteer's person):\n  marsad entity merge 'إسماعيل هنيه' 'Ismail Haniyeh'"
    )]
    Merge {
        /// The entity merged away (id or any alias); it is deleted.
        from: String,
        /// The entity that keeps everything (id or any alias).
        into: String,
    },
    /// Reject an entity the tagger or the gazetteer got wrong: it goes with its mentions, and is
    /// never discovered (or seeded) again, also after `marsad extract`.
    #[command(
        after_help = "Examples:\n  marsad entity reject 'الشروق اليومي'\n  marsad entity reject 1234"
    )]
    Reject {
        /// The entity: id or any alias.
        entity: String,
    },
    /// Remove aliases from an entity (matched in any spelling); kept by `marsad extract`.
    #[command(after_help = "Example:\n  marsad entity unalias 'Mazloum Abdi' عبدي")]
    Unalias {
        /// The entity: id or any alias.
        entity: String,
        /// The aliases to remove.
        #[arg(required = true)]
        aliases: Vec<String>,
    },
    /// Never link a surface form (as written, clitics included) to an entity; the articles that
    /// mention the entity are re-extracted at once, and `marsad extract` keeps the block.
    #[command(
        after_help = "Example («للبنان» is Lebanon, not Benin):\n  marsad entity block Benin للبنان"
    )]
    Block {
        /// The entity: id or any alias.
        entity: String,
        /// Surface forms, as written in articles.
        #[arg(required = true)]
        surfaces: Vec<String>,
    },
    /// Promote a discovered entity: give it an English name, a kind, aliases. From the next
    /// `marsad extract` on, its names are matched like the gazetteer's.
    #[command(
        after_help = "Example:\n  marsad entity promote 'إسماعيل هنية' --en 'Ismail Haniyeh' \\\n      --alias هنية --alias 'اسماعيل هنيه'"
    )]
    Promote {
        /// The discovered entity: id or any alias.
        entity: String,
        /// English name.
        #[arg(long)]
        en: Option<String>,
        /// person, org, place, country or outlet (default: the discovered kind).
        #[arg(long)]
        kind: Option<String>,
        /// Another name it goes by (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
    },
    /// List entities, all of them (also those not mentioned yet).
    List(EntitiesArgs),
    /// Show one entity (id or any alias): kind, origin (gazetteer, curated, discovered), aliases,
    /// counts and example mentions with their article ids and context.
    #[command(
        after_help = "Examples:\n  marsad entity show 'إسماعيل هنية'\n  marsad entity show 672 --format json"
    )]
    Show {
        /// The entity: its id or any alias, Arabic or English, in any common spelling.
        entity: String,
        #[command(flatten)]
        out: OutArgs,
    },
}

pub fn run(path: &Path, cmd: EntityCmd) -> Result<i32> {
    match cmd {
        EntityCmd::Add {
            kind,
            ar,
            en,
            key,
            aliases,
        } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::add_entity(
                &conn,
                &curate::NewEntity {
                    kind,
                    name_ar: ar,
                    name_en: en,
                    key,
                    aliases,
                },
            )?;
            println!("{id}");
            eprintln!("added entity {id}; run `marsad extract` to find it in archived articles");
        }
        EntityCmd::Alias { entity, aliases } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            let tx = conn.unchecked_transaction()?;
            let mut added = 0;
            for a in &aliases {
                let new = curate::add_alias(&tx, id, a, crate::vocab::AliasKind::Name)?;
                if new {
                    corrections::log(&tx, "alias", id, Some(a))?;
                }
                added += new as usize;
            }
            tx.commit()?;
            eprintln!(
                "{added} alias(es) added to entity {id} ({} already known)",
                aliases.len() - added
            );
        }
        EntityCmd::Merge { from, into } => {
            let conn = db::open(path, Mode::Write)?;
            let (f, i) = (
                curate::resolve(&conn, &from)?,
                curate::resolve(&conn, &into)?,
            );
            curate::merge(&conn, f, i)?;
            eprintln!("merged entity {f} into {i}");
        }
        EntityCmd::Reject { entity } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            let keys = corrections::reject(&conn, id)?;
            eprintln!(
                "rejected entity {id} with its mentions; {} name(s) will not be found again",
                keys.len()
            );
        }
        EntityCmd::Unalias { entity, aliases } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            let n = corrections::unalias(&conn, id, &aliases)?;
            eprintln!("{n} alias(es) removed from entity {id}; run `marsad extract` to apply");
        }
        EntityCmd::Block { entity, surfaces } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            let mentions = |conn: &rusqlite::Connection| -> Result<i64> {
                Ok(conn.query_row(
                    "SELECT count(*) FROM mentions WHERE entity_id = ?1",
                    [id],
                    |r| r.get(0),
                )?)
            };
            let before = mentions(&conn)?;
            let articles = corrections::block(&conn, id, &surfaces)?;
            if !articles.is_empty() {
                crate::archive::reextract(&conn, Some(&articles), true)?;
            }
            let gone = before - mentions(&conn)?;
            // A form the entity never matched is still blocked for the future; say so, since
            // a typo looks the same.
            let effect = if gone > 0 {
                format!("{gone} mention row(s) removed")
            } else {
                "no mention had that form yet (blocked for the future)".to_string()
            };
            eprintln!(
                "blocked {} form(s) from entity {id}; {} article(s) re-extracted, {effect}",
                surfaces.len(),
                articles.len()
            );
        }
        EntityCmd::Promote {
            entity,
            en,
            kind,
            aliases,
        } => {
            let conn = db::open(path, Mode::Write)?;
            let id = curate::resolve(&conn, &entity)?;
            corrections::promote(
                &conn,
                id,
                &corrections::Promotion {
                    name_en: en,
                    kind,
                    aliases,
                },
            )?;
            eprintln!("promoted entity {id}; run `marsad extract` to match its names everywhere");
        }
        EntityCmd::List(a) => {
            super::entities::list(path, a, false)?;
        }
        EntityCmd::Show { entity, out } => {
            let conn = db::open(path, Mode::ReadOnly)?;
            let id = curate::resolve(&conn, &entity)?;
            let mut sink = out.sink()?;
            curate::show(&conn, id, sink.as_mut())?;
        }
    }
    Ok(0)
}
