//! The JSON writer: the contract's document, pretty-printed.

use std::io::Write;

use crate::report::model::Report;

/// Writes the report as one JSON document followed by a newline.
pub fn write(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
