//! The same mix served by a separate Python process, checked by netdoctor and by a
//! plain Python asyncio client in one run, so their ratio needs no second machine state.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};

use super::{Kind, measure, report, scale_args};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/fixture.py");
const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/reference_client.py");

/// The fixture process, stopped (by closing its stdin) when dropped.
struct Fixture {
    child: Child,
    lines: Vec<String>,
}

impl Fixture {
    fn start(count: usize) -> Option<Fixture> {
        let mut child = Command::new("python3")
            .arg(FIXTURE)
            .arg(count.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .ok()?;
        let stdout = child.stdout.take()?;
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.ok()?;
            if line == "ready" {
                return Some(Fixture { child, lines });
            }
            lines.push(line);
        }
        None
    }

    fn targets(&self) -> Vec<(String, Kind)> {
        self.lines
            .iter()
            .filter_map(|line| {
                let (kind, url) = line.split_once(' ')?;
                Some((url.to_owned(), Kind::named(kind)?))
            })
            .collect()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// Runs the reference client over the fixture's lines: its printed summary and its
/// wall time as a whole process, measured as netdoctor's is (interpreter start included).
fn reference(lines: &[String]) -> Option<(String, f64)> {
    let started = std::time::Instant::now();
    let mut child = Command::new("python3")
        .arg(REFERENCE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    stdin.write_all(lines.join("\n").as_bytes()).ok()?;
    drop(stdin);
    let out = child.wait_with_output().ok()?;
    let wall = started.elapsed().as_secs_f64();
    Some((String::from_utf8_lossy(&out.stdout).trim().to_owned(), wall))
}

/// netdoctor and the Python reference against one separate-process fixture.
pub fn compare(count: usize) {
    let Some(fixture) = Fixture::start(count) else {
        println!("separate-process fixture: skipped (python3 could not start {FIXTURE})");
        return;
    };
    let targets = fixture.targets();
    let m = measure(&scale_args(&targets));
    report(&m, &targets, "separate-process fixture");
    let Some((summary, py_wall)) = reference(&fixture.lines) else {
        println!("  python asyncio reference: could not run");
        return;
    };
    // The script's own `wall_s` leaves out the interpreter's start; the ratio uses
    // the whole process, like netdoctor's wall.
    println!(
        "  python asyncio reference: {summary} process_wall_s={py_wall:.3}; netdoctor/python wall ratio={:.2}",
        m.wall.as_secs_f64() / py_wall
    );
}
