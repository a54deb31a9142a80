//! `marsad entity`: curate entities (add, alias, merge, list, show; `curate`).

use std::path::Path;

use anyhow::Result;
use clap::Subcommand;

use super::entities::EntitiesArgs;
use super::OutArgs;
use crate::curate;
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
    #[command(after_help = "Examples:\n  \
        marsad entity merge \"K. Haddad\" \"Karim Haddad\"   # K. Haddad's rows move over\n  \
        marsad entity merge 812 561")]
    Merge {
        /// The entity merged away (id or any alias); it is deleted.
        from: String,
        /// The entity that keeps everything (id or any alias).
        into: String,
    },
    /// List entities, all of them (also those not mentioned yet).
    List(EntitiesArgs),
    /// Show one entity (id or any alias) with its aliases and counts.
    #[command(after_help = "Examples:\n  \
        marsad entity show \"Ahmed al-Sharaa\"\n  \
        marsad entity show Shaibani --format json\n  \
        marsad entity show 561")]
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
                added += curate::add_alias(&tx, id, a, crate::vocab::AliasKind::Name)? as usize;
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
