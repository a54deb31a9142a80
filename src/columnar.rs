//! `marsad export --format parquet`: one Parquet file per table or view, with typed columns, written in
//! row groups of bounded size (constant memory), and the articles partitioned by publication month in
//! Hive style (`articles/month=2025-07/part-0.parquet`) so that engines read only the months asked for.
//!
//! Types: SQLite INTEGER → INT64, REAL → DOUBLE, TEXT → UTF-8 strings, BLOB → binary, the event date columns
//! (`date_start`, `date_end`: ISO days) → DATE. A column declared without a type (a view's computed
//! column) takes the type its values have. `articles` gains `published_day` (DATE: the local calendar day
//! of publication when it is known to the day, else empty); its `published_at` stays the text the
//! source gave. Articles not dated to the month are in `month=__HIVE_DEFAULT_PARTITION__` (Hive's and
//! Spark's name for an empty partition value). Pages are Snappy-compressed.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};
use parquet::basic::{Compression, LogicalType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// A row group is written when it holds this many rows or this many bytes of values, whichever comes
/// first: with two tables written at once, the buffers stay under ~70 MB whatever the archive's size.
const ROW_GROUP_ROWS: usize = 100_000;
const ROW_GROUP_BYTES: usize = 32 << 20;

/// The partition of articles whose publication month is not known (Hive's and Spark's NULL partition).
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// Columns that hold ISO days ('YYYY-MM-DD') and are written as DATE.
const DATE_COLUMNS: &[&str] = &["date_start", "date_end"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Real,
    Text,
    Bytes,
    Date,
}

#[derive(Debug, Clone)]
struct Column {
    name: String,
    kind: Kind,
}

/// Values of one column for the row group being filled; `defs` holds 1 for a value, 0 for NULL.
enum Values {
    Int(Vec<i64>),
    Real(Vec<f64>),
    Text(Vec<ByteArray>),
    Bytes(Vec<ByteArray>),
    Date(Vec<i32>),
}

struct Buffer {
    values: Values,
    defs: Vec<i16>,
}

/// Days since 1970-01-01 of an ISO day, or None when `s` is not one.
fn epoch_day(s: &str) -> Option<i32> {
    let d = crate::period::parse_day(s)?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from((d - epoch).num_days()).ok()
}

/// The columns of `name` (a table or view) and the Parquet type of each.
fn columns(conn: &Connection, name: &str) -> Result<Vec<Column>> {
    let mut stmt =
        conn.prepare("SELECT name, upper(type) FROM pragma_table_info(?1) ORDER BY cid")?;
    let declared: Vec<(String, String)> = stmt
        .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if declared.is_empty() {
        bail!("no table or view named {name}");
    }
    // Undeclared types (a view's computed columns) are read off the values, in one pass.
    let undeclared: Vec<&str> = declared
        .iter()
        .filter(|(_, t)| t.is_empty())
        .map(|(c, _)| c.as_str())
        .collect();
    let mut seen: Vec<(bool, bool, bool)> = Vec::new(); // (any text, any real, any blob)
    if !undeclared.is_empty() {
        let probes: Vec<String> = undeclared
            .iter()
            .map(|c| {
                format!(
                    "max(typeof(\"{c}\") = 'text'), max(typeof(\"{c}\") = 'real'), \
                     max(typeof(\"{c}\") = 'blob')"
                )
            })
            .collect();
        let sql = format!("SELECT {} FROM \"{name}\"", probes.join(", "));
        conn.query_row(&sql, [], |r| {
            for i in 0..undeclared.len() {
                let any = |k: usize| -> rusqlite::Result<bool> {
                    Ok(r.get::<_, Option<bool>>(3 * i + k)?.unwrap_or(false))
                };
                seen.push((any(0)?, any(1)?, any(2)?));
            }
            Ok(())
        })?;
    }
    let mut k = 0;
    Ok(declared
        .into_iter()
        .map(|(c, t)| {
            let kind = if DATE_COLUMNS.contains(&c.as_str()) {
                Kind::Date
            } else if t.is_empty() {
                let (text, real, blob) = seen[k];
                k += 1;
                if blob {
                    Kind::Bytes
                } else if text {
                    Kind::Text
                } else if real {
                    Kind::Real
                } else {
                    Kind::Int
                }
            } else if t.contains("BLOB") {
                Kind::Bytes
            } else if t.contains("INT") {
                Kind::Int
            } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
                Kind::Real
            } else {
                Kind::Text
            };
            Column { name: c, kind }
        })
        .collect())
}

fn schema(cols: &[Column]) -> Result<Type> {
    let fields = cols
        .iter()
        .map(|c| {
            let (physical, logical) = match c.kind {
                Kind::Int => (PhysicalType::INT64, None),
                Kind::Real => (PhysicalType::DOUBLE, None),
                Kind::Text => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
                Kind::Bytes => (PhysicalType::BYTE_ARRAY, None),
                Kind::Date => (PhysicalType::INT32, Some(LogicalType::Date)),
            };
            Type::primitive_type_builder(&c.name, physical)
                .with_repetition(Repetition::OPTIONAL)
                .with_logical_type(logical)
                .build()
                .map(Arc::new)
        })
        .collect::<parquet::errors::Result<Vec<_>>>()?;
    Ok(Type::group_type_builder("schema")
        .with_fields(fields)
        .build()?)
}

/// One Parquet file being written, a row group at a time.
struct FileWriter {
    cols: Vec<Column>,
    writer: SerializedFileWriter<File>,
    buffers: Vec<Buffer>,
    rows: usize,
    bytes: usize,
    what: String,
    /// The file is written as `PATH.partial` and renamed to `path` when complete (as CSV export).
    path: std::path::PathBuf,
}

impl FileWriter {
    fn create(path: &Path, cols: &[Column]) -> Result<FileWriter> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let partial = partial_path(path);
        let file = File::create(&partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("marsad {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(file, Arc::new(schema(cols)?), Arc::new(props))?;
        let mut w = FileWriter {
            cols: cols.to_vec(),
            writer,
            buffers: Vec::new(),
            rows: 0,
            bytes: 0,
            what: path.display().to_string(),
            path: path.to_path_buf(),
        };
        w.reset();
        Ok(w)
    }

    fn reset(&mut self) {
        self.buffers = self
            .cols
            .iter()
            .map(|c| Buffer {
                values: match c.kind {
                    Kind::Int => Values::Int(Vec::new()),
                    Kind::Real => Values::Real(Vec::new()),
                    Kind::Text => Values::Text(Vec::new()),
                    Kind::Bytes => Values::Bytes(Vec::new()),
                    Kind::Date => Values::Date(Vec::new()),
                },
                defs: Vec::new(),
            })
            .collect();
        self.rows = 0;
        self.bytes = 0;
    }

    /// Add one row; `values` are in column order.
    fn push(&mut self, values: &[ValueRef<'_>]) -> Result<()> {
        for ((buf, col), v) in self.buffers.iter_mut().zip(&self.cols).zip(values) {
            if matches!(v, ValueRef::Null) {
                buf.defs.push(0);
                continue;
            }
            let bad = || {
                anyhow!(
                    "{}: column {} holds {v:?}, not a {:?} value",
                    self.what,
                    col.name,
                    col.kind
                )
            };
            match (&mut buf.values, v) {
                (Values::Int(xs), ValueRef::Integer(i)) => xs.push(*i),
                (Values::Real(xs), ValueRef::Real(f)) => xs.push(*f),
                (Values::Real(xs), ValueRef::Integer(i)) => xs.push(*i as f64),
                // Text must be UTF-8 to be written as a string (SQLite does not check).
                (Values::Text(xs), ValueRef::Text(t) | ValueRef::Blob(t)) => {
                    std::str::from_utf8(t).map_err(|_| bad())?;
                    self.bytes += t.len();
                    xs.push(ByteArray::from(t.to_vec()));
                }
                (Values::Bytes(xs), ValueRef::Blob(t) | ValueRef::Text(t)) => {
                    self.bytes += t.len();
                    xs.push(ByteArray::from(t.to_vec()));
                }
                (Values::Text(xs), ValueRef::Integer(i)) => {
                    xs.push(ByteArray::from(i.to_string().into_bytes()))
                }
                (Values::Text(xs), ValueRef::Real(f)) => {
                    xs.push(ByteArray::from(f.to_string().into_bytes()))
                }
                (Values::Date(xs), ValueRef::Text(t)) => {
                    let day = std::str::from_utf8(t)
                        .ok()
                        .and_then(epoch_day)
                        .ok_or_else(bad)?;
                    xs.push(day);
                }
                _ => return Err(bad()),
            }
            buf.defs.push(1);
        }
        self.rows += 1;
        self.bytes += 8 * values.len();
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Write the buffered rows as one row group.
    fn flush(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group()?;
        let mut bufs = self.buffers.iter();
        while let Some(mut col) = rg.next_column()? {
            let buf = bufs
                .next()
                .ok_or_else(|| anyhow!("column count mismatch"))?;
            let defs = Some(buf.defs.as_slice());
            match &buf.values {
                Values::Int(xs) => col.typed::<Int64Type>().write_batch(xs, defs, None)?,
                Values::Real(xs) => col.typed::<DoubleType>().write_batch(xs, defs, None)?,
                Values::Text(xs) | Values::Bytes(xs) => {
                    col.typed::<ByteArrayType>().write_batch(xs, defs, None)?
                }
                Values::Date(xs) => col.typed::<Int32Type>().write_batch(xs, defs, None)?,
            };
            col.close()?;
        }
        rg.close()?;
        self.reset();
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        let partial = partial_path(&self.path);
        let done = self
            .flush()
            .and_then(|()| Ok(self.writer.close().map(|_| ())?));
        let done = done.and_then(|()| {
            std::fs::rename(&partial, &self.path)
                .with_context(|| format!("cannot rename {} to {}", partial.display(), self.what))
        });
        if done.is_err() {
            // Never leave a cut file behind; the error names the file that was not written.
            let _ = std::fs::remove_file(&partial);
        }
        done.with_context(|| format!("{} was not written", self.what))
    }
}

/// `x.parquet` → `x.parquet.partial`.
fn partial_path(path: &Path) -> std::path::PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".partial");
    p.into()
}

/// Stream the rows of `sql` into Parquet files: one file per value of the partition column (the last
/// column of the query, which must come grouped), or one file when `partition` is None. `progress`
/// is called with the rows written so far.
fn write_rows(
    conn: &Connection,
    sql: &str,
    cols: &[Column],
    target: &dyn Fn(Option<&str>) -> std::path::PathBuf,
    partitioned: bool,
    progress: &dyn Fn(u64),
) -> Result<u64> {
    let mut stmt = conn.prepare(sql)?;
    let n = cols.len();
    let mut rows = stmt.query([])?;
    let mut current: Option<(Option<String>, FileWriter)> = None;
    let mut count = 0u64;
    while let Some(row) = rows.next()? {
        let key: Option<String> = if partitioned { row.get(n)? } else { None };
        if current.as_ref().is_none_or(|(k, _)| *k != key) {
            if let Some((_, w)) = current.take() {
                w.finish()?;
            }
            current = Some((
                key.clone(),
                FileWriter::create(&target(key.as_deref()), cols)?,
            ));
        }
        let values: Vec<ValueRef<'_>> = (0..n)
            .map(|i| row.get_ref(i))
            .collect::<rusqlite::Result<_>>()?;
        if let Some((_, w)) = current.as_mut() {
            w.push(&values)?;
        }
        count += 1;
        if count.is_multiple_of(8192) {
            progress(count);
        }
    }
    match current {
        Some((_, w)) => w.finish()?,
        // An empty table still gets its file, so that readers find its schema.
        None => FileWriter::create(&target(None), cols)?.finish()?,
    }
    Ok(count)
}

/// Export one table or view as Parquet under `dir`: `dir/NAME.parquet`, or for `articles` one file per
/// publication month in `dir/articles/month=YYYY-MM/part-0.parquet`. Returns the rows written.
///
/// # Errors
/// Unknown names, unwritable files, and values that do not fit their column's type (a date column
/// holding something other than an ISO day): the export stops rather than write a wrong or empty value.
pub fn export_table(
    conn: &Connection,
    dir: &Path,
    name: &str,
    progress: &dyn Fn(u64),
) -> Result<u64> {
    let mut cols = columns(conn, name)?;
    let list: Vec<String> = cols.iter().map(|c| format!("\"{}\"", c.name)).collect();
    let list = list.join(", ");
    if name != "articles" {
        let order = crate::export::row_order(conn, name)?;
        let path = dir.join(format!("{name}.parquet"));
        let sql = format!("SELECT {list} FROM \"{name}\"{order}");
        return write_rows(conn, &sql, &cols, &|_| path.clone(), false, progress);
    }
    // Articles: month by month in published_at order (articles_published), then those not dated to the
    // month by id; one file open at a time.
    cols.push(Column {
        name: "published_day".into(),
        kind: Kind::Date,
    });
    let day =
        "CASE WHEN published_precision IN ('time', 'day') THEN substr(published_at, 1, 10) END";
    let month = "substr(published_at, 1, 7)";
    let base = dir.join("articles");
    let target = |m: Option<&str>| {
        base.join(format!("month={}", m.unwrap_or(NULL_PARTITION)))
            .join("part-0.parquet")
    };
    let dated = format!(
        "SELECT {list}, {day}, {month} FROM articles WHERE published_precision IN ('time', 'day', 'month') \
         ORDER BY published_at, id"
    );
    let mut n = write_rows(conn, &dated, &cols, &target, true, progress)?;
    let undated = format!(
        "SELECT {list}, {day}, NULL FROM articles WHERE published_precision NOT IN ('time', 'day', 'month') ORDER BY id"
    );
    let has_undated: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM articles WHERE published_precision NOT IN ('time', 'day', 'month'))",
        [],
        |r| r.get(0),
    )?;
    if has_undated || n == 0 {
        n += write_rows(conn, &undated, &cols, &target, true, &|k| progress(n + k))?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days() {
        assert_eq!(epoch_day("1970-01-01"), Some(0));
        assert_eq!(epoch_day("2025-07-24"), Some(20293));
        assert_eq!(epoch_day("2025-07"), None);
        assert_eq!(epoch_day("2025-02-30"), None);
    }
}
