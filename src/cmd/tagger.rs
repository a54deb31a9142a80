//! `marsad tagger`: tag text with the entity tagger, write its training features, score it.

use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::extract::tagger::corpus::{self, Format, Sentence};
use crate::extract::tagger::{features_with, SpanKind, Tagger};

/// The training corpora under `--ner-dir`, with their formats.
pub const CORPORA: [(&str, Format); 4] = [
    ("anercorp_train.txt", Format::Conll),
    ("newsfane/NewsFANE_Gold_2014_170K.txt", Format::Newsfane),
    ("wojood/train.txt", Format::Wojood),
    ("wojood/val.txt", Format::Wojood),
];

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad tagger tag 'التقى وزير الخارجية الإيراني نظيره في الدوحة'\n  \
    marsad tagger features --ner-dir ../shared/ner --out /tmp/ner\n  \
    marsad tagger eval --ner-dir ../shared/ner    # P/R/F1 on the development part\n  \
    marsad tagger eval test.txt --format conll    # P/R/F1 on another IOB file\n\
    \n\
    The development part is every 10th sentence (index 9, 19, …) of each corpus file; training uses the rest. Retrain with tools/train_tagger.py (see data/ner/README.md).")]
pub struct Args {
    #[command(subcommand)]
    pub cmd: Sub,
}

#[derive(clap::Subcommand, Debug)]
pub enum Sub {
    /// Print the person, place and organisation spans of a text (arguments, or standard input).
    #[command(after_help = "Examples:\n  \
        marsad tagger tag 'التقى وزير الخارجية الإيراني نظيره في الدوحة'\n  \
        cat article.txt | marsad tagger tag")]
    Tag {
        /// Text to tag; without it, standard input is read.
        text: Vec<String>,
    },
    /// Write the training items: OUT/train.txt and OUT/dev.txt, one token per line as
    /// `LABEL<TAB>feature<TAB>feature…`, a blank line between sentences; OUT/common_words.txt, the
    /// ordinary words of the training part (shipped with the model); OUT/meta.json, the versions.
    #[command(after_help = "Example:\n  \
        marsad tagger features --ner-dir ../shared/ner --out /tmp/ner")]
    Features {
        /// Folder holding the corpora (anercorp_train.txt, newsfane/, wojood/).
        #[arg(long, value_name = "DIR", default_value = "../shared/ner")]
        ner_dir: PathBuf,
        /// Folder to write train.txt and dev.txt into (created).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Score the tagger: precision, recall and F1 per kind, exact spans.
    #[command(after_help = "Examples:\n  \
        marsad tagger eval --ner-dir ../shared/ner    # the development part\n  \
        marsad tagger eval test.txt --format conll    # another IOB file")]
    Eval {
        /// An IOB file to score on; without it, the development part of the corpora in --ner-dir.
        file: Option<PathBuf>,
        /// Format of FILE.
        #[arg(long, value_enum, default_value_t = Format::Conll)]
        format: Format,
        /// Folder holding the corpora, whose development part is scored without FILE.
        #[arg(long, value_name = "DIR", default_value = "../shared/ner")]
        ner_dir: PathBuf,
        /// Score this model file instead of the shipped one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
    },
}

/// Reads every corpus and splits it: (training, development) sentences.
pub fn load_split(dir: &Path) -> Result<(Vec<Sentence>, Vec<Sentence>)> {
    let (mut train, mut dev) = (Vec::new(), Vec::new());
    for (name, fmt) in CORPORA {
        for (i, s) in corpus::read(&dir.join(name), fmt)?.into_iter().enumerate() {
            if corpus::is_dev(i) {
                dev.push(s);
            } else {
                train.push(s);
            }
        }
    }
    Ok((train, dev))
}

fn write_items(
    path: &Path,
    sentences: &[Sentence],
    common: &rustc_hash::FxHashSet<String>,
) -> Result<usize> {
    let mut w = BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    let mut n = 0;
    for s in sentences {
        let (toks, labels) = corpus::items(s);
        let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
        for (l, f) in labels.iter().zip(features_with(&refs, common)) {
            writeln!(w, "{l}\t{}", f.join("\t"))?;
            n += 1;
        }
        writeln!(w)?;
    }
    w.flush()?;
    Ok(n)
}

pub fn run(args: &Args) -> Result<i32> {
    match &args.cmd {
        Sub::Tag { text } => {
            let text = if text.is_empty() {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s)?;
                s
            } else {
                text.join(" ")
            };
            let chars: Vec<char> = text.chars().collect();
            for s in Tagger::shipped().tag(&text) {
                let surface: String = chars[s.start..s.end].iter().collect();
                println!(
                    "{}\t{}\t{}\t{}\t{:.2}",
                    s.start,
                    s.end,
                    s.kind.as_str(),
                    surface,
                    s.confidence
                );
            }
            Ok(0)
        }
        Sub::Features { ner_dir, out } => {
            std::fs::create_dir_all(out)?;
            let (train, dev) = load_split(ner_dir)?;
            let common = corpus::common_words(&train);
            let mut list = common.join("\n");
            list.push('\n');
            std::fs::write(out.join("common_words.txt"), list)?;
            let common = common.into_iter().collect();
            let a = write_items(&out.join("train.txt"), &train, &common)?;
            let b = write_items(&out.join("dev.txt"), &dev, &common)?;
            let meta = serde_json::json!({
                "features_version": crate::extract::tagger::FEATURES_VERSION,
                "normalization_version": crate::arabic::NORMALIZATION_VERSION,
            });
            std::fs::write(out.join("meta.json"), format!("{meta:#}\n"))?;
            eprintln!(
                "train: {} sentences, {a} tokens; dev: {} sentences, {b} tokens",
                train.len(),
                dev.len()
            );
            Ok(0)
        }
        Sub::Eval {
            file,
            format,
            ner_dir,
            model,
        } => {
            let owned;
            let tagger = match model {
                Some(p) => {
                    owned = Tagger::from_bytes(&std::fs::read(p)?)
                        .with_context(|| format!("loading {}", p.display()))?;
                    &owned
                }
                None => Tagger::shipped(),
            };
            let sentences = match file {
                Some(f) => corpus::read(f, *format)?,
                None => load_split(ner_dir)?.1,
            };
            let t0 = Instant::now();
            let sc = corpus::evaluate(tagger, &sentences);
            let secs = t0.elapsed().as_secs_f64();
            println!("kind\tprecision\trecall\tf1\ttp\tfp\tfn");
            for k in SpanKind::ALL {
                let (p, r, f) = sc.prf(Some(k));
                let c = sc.counts[SpanKind::ALL.iter().position(|x| *x == k).unwrap_or(0)];
                println!(
                    "{}\t{p:.3}\t{r:.3}\t{f:.3}\t{}\t{}\t{}",
                    k.as_str(),
                    c.0,
                    c.1,
                    c.2
                );
            }
            let (p, r, f) = sc.prf(None);
            println!("micro\t{p:.3}\t{r:.3}\t{f:.3}");
            eprintln!(
                "{} sentences, {} tokens tagged in {secs:.2} s ({:.0} tokens/s, one thread)",
                sentences.len(),
                sc.tokens,
                sc.tokens as f64 / secs.max(1e-9)
            );
            Ok(0)
        }
    }
}
