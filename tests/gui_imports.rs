//! The desktop app's files import in one direction: no two files of `src/gui` import
//! each other, directly or round a longer loop. Read from the source text (`use` items
//! and inline `crate::gui::` paths), so it needs no build of the app itself.

// A panic in test code is a failed check, not a crash in front of a user.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

/// Every `.rs` file under `dir`, keyed by the module path it defines.
fn modules(root: &Path, dir: &Path, into: &mut BTreeMap<ModPath, PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src/gui") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            modules(root, &path, into);
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let relative = path.strip_prefix(root).expect("under src");
        let mut segments: ModPath = relative
            .with_extension("")
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        if segments.last().map(String::as_str) == Some("mod") {
            segments.pop();
        }
        into.insert(segments, path);
    }
}

/// Expands a use tree (`a::{b, c::{d as e}, self}`) into plain paths.
fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree: String = tree
        .replace(" as ", "@")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = Vec::new();
    expand_into(&tree, &mut Vec::new(), &mut out);
    out
}

fn expand_into(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        let mut parts = Vec::new();
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&inner[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(&inner[start..]);
        let len = prefix.len();
        prefix.extend(head);
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            expand_into(part, prefix, out);
        }
        prefix.truncate(len);
    } else {
        let name = tree.split('@').next().unwrap_or(tree);
        let mut path = prefix.clone();
        path.extend(
            name.split("::")
                .filter(|s| !s.is_empty() && *s != "self" && *s != "*")
                .map(str::to_owned),
        );
        out.push(path);
    }
}

/// The file a path names: the longest prefix that is a module of the map.
fn resolve(path: &[String], files: &BTreeMap<ModPath, PathBuf>) -> Option<ModPath> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| files.contains_key(prefix))
}

/// The module paths `file` (module `me`) imports.
fn imports(me: &ModPath, text: &str, files: &BTreeMap<ModPath, PathBuf>) -> BTreeSet<ModPath> {
    let code: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect();
    let mut paths = Vec::new();
    let mut statement: Option<(String, bool)> = None;
    for line in &code {
        let trimmed = line.trim();
        let indented = line.starts_with(char::is_whitespace);
        if statement.is_none() {
            let rest = trimmed
                .strip_prefix("pub(crate) use ")
                .or_else(|| trimmed.strip_prefix("pub(super) use "))
                .or_else(|| trimmed.strip_prefix("pub use "))
                .or_else(|| trimmed.strip_prefix("use "));
            if let Some(rest) = rest {
                statement = Some((String::new(), indented));
                if let Some((text, _)) = statement.as_mut() {
                    text.push_str(rest);
                }
            } else {
                // Paths written out in code count as imports too: `super::sibling::`
                // when a sibling module has that name (in an inline test module
                // `super` is the file itself, whose items are not modules)...
                let mut at = 0;
                while let Some(found) = trimmed[at..].find("super::") {
                    let start = at + found + "super::".len();
                    let name: String = trimmed[start..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let mut sibling = me.clone();
                    sibling.pop();
                    sibling.push(name.clone());
                    if files.contains_key(&sibling) {
                        paths.push(sibling);
                    }
                    at = start + name.len().max(1);
                }
                // ... and `crate::gui::` paths.
                let mut at = 0;
                while let Some(found) = trimmed[at..].find("crate::gui::") {
                    let start = at + found;
                    let chain: String = trimmed[start..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    paths.push(
                        chain
                            .split("::")
                            .skip(1)
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect::<Vec<_>>(),
                    );
                    at = start + chain.len().max(1);
                }
                continue;
            }
        } else if let Some((text, _)) = statement.as_mut() {
            text.push_str(trimmed);
        }
        let done = statement.as_ref().is_some_and(|(t, _)| t.contains(';'));
        if done && let Some((text, indented)) = statement.take() {
            let tree = text.split(';').next().unwrap_or("");
            for path in expand(tree) {
                let Some(first) = path.first() else { continue };
                let absolute = match first.as_str() {
                    "crate" => path[1..].to_vec(),
                    // `super` inside an inline module (tests) is this file itself.
                    "super" if indented => continue,
                    "super" => {
                        let mut base = me.clone();
                        base.pop();
                        base.extend(path[1..].iter().cloned());
                        base
                    }
                    "self" => {
                        let mut base = me.clone();
                        base.extend(path[1..].iter().cloned());
                        base
                    }
                    _ => {
                        // `use child::Item` from a module file.
                        let mut base = me.clone();
                        base.extend(path.iter().cloned());
                        if resolve(&base, files).is_some_and(|m| m.len() > me.len()) {
                            base
                        } else {
                            continue;
                        }
                    }
                };
                paths.push(absolute);
            }
        }
    }
    paths
        .iter()
        .filter(|p| p.first().map(String::as_str) == Some("gui"))
        .filter_map(|p| resolve(p, files))
        .filter(|target| target != me)
        .collect()
}

#[test]
fn no_two_gui_files_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    modules(&src, &src.join("gui"), &mut files);
    assert!(files.len() > 10, "found {} files", files.len());
    let graph: BTreeMap<ModPath, BTreeSet<ModPath>> = files
        .iter()
        .map(|(module, path)| {
            let text = fs::read_to_string(path).expect("read");
            (module.clone(), imports(module, &text, &files))
        })
        .collect();
    // A loop is a module that reaches itself.
    let mut loops = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&ModPath> = graph[start].iter().collect();
        while let Some(next) = stack.pop() {
            if next == start {
                loops.push(start.join("::"));
                break;
            }
            if seen.insert(next) {
                stack.extend(graph.get(next).into_iter().flatten());
            }
        }
    }
    assert!(loops.is_empty(), "files in an import loop: {loops:?}");
}

#[test]
fn the_scan_sees_imports_of_every_form() {
    let mut files = BTreeMap::new();
    for module in ["gui", "gui::a", "gui::b", "gui::c", "gui::c::d"] {
        files.insert(
            module.split("::").map(str::to_owned).collect::<ModPath>(),
            PathBuf::new(),
        );
    }
    let me: ModPath = vec!["gui".into(), "c".into()];
    let text = "use crate::gui::{a::X,\n    b};\npub use d::Y;\nfn f() { crate::gui::Z::new(); }\n";
    let sibling = "fn g() { super::b::h(); super::e(); }\n";
    let found = imports(&me, text, &files);
    let from_d: ModPath = vec!["gui".into(), "c".into(), "d".into()];
    assert_eq!(
        imports(&me, sibling, &files).len() + imports(&from_d, sibling, &files).len(),
        1,
        "super::b from gui::c is gui::b; from gui::c::d there is no gui::c::b"
    );
    let names: Vec<String> = found.iter().map(|m| m.join("::")).collect();
    assert_eq!(names, vec!["gui", "gui::a", "gui::b", "gui::c::d"]);
}
