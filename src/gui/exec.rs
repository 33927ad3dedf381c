//! Carrying out commands: the only place, besides engine events, where app state changes.

use std::net::IpAddr;
use std::time::Instant;

use eframe::egui;

use crate::engine::EndpointSpec;
use crate::gui::app::NetdoctorApp;
use crate::gui::command::{CheckScope, Command, EndpointEdit, ReproduceTool};
use crate::gui::panels::view::FieldError;
use crate::gui::panels::view::SchemeQuestion;
use crate::gui::state::{Endpoint, EndpointId, SelectMode, UndoStep};
use crate::l10n::Localizer;
use crate::paste::Found;
use crate::profile::{MAX_TIMEOUT_MS, ProfileEndpoint};
use crate::report::build_result;
use crate::target::{Scheme, Target, TargetError};

impl NetdoctorApp {
    /// Carries out one command.
    pub(crate) fn execute(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::AddEndpoint(text) => self.add_endpoint(&text),
            Command::UpdateEndpoint(edit) => self.update_endpoint(edit),
            Command::Duplicate(ids) => {
                let new = self.state.duplicate(&ids);
                if !new.is_empty() {
                    self.state.set_selection(&new);
                }
                self.persist();
            }
            Command::Delete(ids) => {
                if self.state.delete(&ids) > 0 {
                    self.persist();
                }
            }
            Command::Undo => {
                if let Some(UndoStep::Replace(_)) = self.state.last_undo() {
                    // The list shown is about to go: its checks have nobody to report to.
                    self.cancel_all_runs();
                }
                if self.state.last_undo().is_some() {
                    self.state.undo();
                    self.persist();
                }
            }
            Command::Check(scope) => {
                let ids = match scope {
                    CheckScope::All => self.state.endpoints().ids(),
                    CheckScope::Selected => self.selected_or_focus(),
                    CheckScope::These(ids) => ids,
                };
                self.start_check(&ids);
            }
            Command::CancelRuns => self.cancel_all_runs(),
            Command::Watch(ids, on) => self.state.set_watched(&ids, on, Instant::now()),
            Command::WatchAll(on) => {
                let ids = self.state.endpoints().ids();
                self.state.set_watched(&ids, on, Instant::now());
            }
            Command::SetWatchInterval(secs) => {
                self.state.set_watch_interval(secs, Instant::now());
            }
            Command::Select(id, mode) => {
                let view = self.visible_ids().to_vec();
                self.state.select(id, mode, &view);
                // Looking at the row acknowledges its change of verdict.
                self.state.acknowledge(id);
            }
            Command::SelectAll => {
                let view = self.visible_ids().to_vec();
                self.state.select_all(&view);
            }
            Command::MoveSelection(step) => {
                let view = self.visible_ids().to_vec();
                let current = self
                    .state
                    .focus()
                    .and_then(|f| view.iter().position(|id| *id == f));
                let next = match current {
                    Some(at) => at
                        .saturating_add_signed(step)
                        .min(view.len().saturating_sub(1)),
                    None => 0,
                };
                if let Some(&id) = view.get(next) {
                    self.state.select(id, SelectMode::Replace, &view);
                    self.drafts.scroll_to_focus = true;
                }
            }
            Command::SetFilter(filter) => self.state.set_filter(filter),
            Command::SortBy(column) => self.state.sort_by(column),
            Command::SetLang(lang) => {
                self.state.set_lang(lang);
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
                self.persist();
            }
            Command::Copy(text) => ctx.copy_text(text),
            Command::CopySelectedSummary => {
                let text = self.selected_summary();
                if !text.is_empty() {
                    ctx.copy_text(text);
                }
            }
            Command::File(command) => self.execute_file(ctx, command),
            Command::ShowTab(tab) => self.drafts.detail_tab = tab,
            Command::SetCheckOnAdd(on) => {
                self.state.set_check_on_add(on);
                self.persist();
            }
            Command::SetNotifyChanges(on) => {
                self.state.set_notify_changes(on);
                self.persist();
            }
            Command::CopyReproduce(tool) => {
                if let Some(line) = self.reproduce_line(tool) {
                    ctx.copy_text(line);
                }
            }
            Command::PasteEndpoints(text) => self.add_endpoint(&text),
            Command::AnswerScheme(scheme) => self.answer_scheme(scheme),
            Command::DismissBanner(id) => self.banners.retain(|b| b.id != id),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Stops every run in flight.
    pub(crate) fn cancel_all_runs(&mut self) {
        for run in self.state.run_ids() {
            if let Some(worker) = &mut self.worker {
                worker.cancel(run);
            }
            self.state.cancel_run(run);
        }
    }

    fn selected_or_focus(&self) -> Vec<EndpointId> {
        let selected = self.state.selected_in_order();
        if selected.is_empty() {
            self.state.focus().into_iter().collect()
        } else {
            selected
        }
    }

    fn add_endpoint(&mut self, text: &str) {
        // A line of the paste that names nothing valid says so; the others are still added.
        self.drafts.add_error = None;
        let added = self.add_from_text(text);
        if !added.is_empty() {
            self.drafts.add_url.clear();
            self.settle_added(&added);
        }
    }

    /// Selects, saves and (when that is on) checks endpoints just added.
    fn settle_added(&mut self, added: &[EndpointId]) {
        self.state.set_selection(added);
        self.persist();
        if self.state.check_on_add() {
            self.start_check(added);
        }
    }

    /// Adds the endpoints `text` names; returns their ids (none when it names nothing
    /// valid, with the reason under the add field). A host:port with no protocol
    /// named waits for the user to say which (a dialog).
    fn add_from_text(&mut self, text: &str) -> Vec<EndpointId> {
        // Pasted error lines and commands name their endpoint somewhere inside; text
        // that names none (a typo) goes straight to the target parser, whose error is
        // the one shown.
        let pasted = crate::paste::parse(text);
        if pasted.is_empty() {
            return self.add_one(text).into_iter().collect();
        }
        let mut added = Vec::new();
        for found in pasted {
            if matches!(found.found, Found::HostPort { .. }) {
                self.drafts.scheme_questions.push(SchemeQuestion {
                    found: found.found,
                    reported: found.reported,
                });
                continue;
            }
            if let Some(id) = self.add_one(&found.found.url_with("tcp")) {
                self.state.set_reported(id, found.reported);
                added.push(id);
            }
        }
        if !self.drafts.scheme_questions.is_empty() {
            self.drafts.add_url.clear();
        }
        added
    }

    /// Adds (and checks, when that is on) the endpoint of the first open scheme question.
    fn answer_scheme(&mut self, scheme: Option<Scheme>) {
        if self.drafts.scheme_questions.is_empty() {
            return;
        }
        let question = self.drafts.scheme_questions.remove(0);
        let Some(scheme) = scheme else {
            return;
        };
        if let Some(id) = self.add_one(&question.found.url_with(scheme.as_str())) {
            self.state.set_reported(id, question.reported);
            self.settle_added(&[id]);
        }
    }

    fn add_one(&mut self, text: &str) -> Option<EndpointId> {
        match Target::parse(text) {
            Err(error) => {
                self.drafts.add_error = Some(target_error(text, &error));
                None
            }
            Ok(target) => {
                let mut name = target.host_header();
                if target.path != "/" {
                    name.push_str(&target.path);
                }
                Some(self.state.add(name, text.trim().to_owned()))
            }
        }
    }

    fn update_endpoint(&mut self, edit: EndpointEdit) {
        let Some(draft) = self.drafts.editor.as_mut().filter(|d| d.edit.id == edit.id) else {
            return;
        };
        let url = Target::parse(&edit.url).map_err(|e| target_error(&edit.url, &e));
        let ips = parse_ips(&edit.expect_ips);
        let timeout = parse_timeout(&edit.timeout_ms);
        draft.url_error = url.as_ref().err().cloned();
        draft.ips_error = ips.as_ref().err().cloned();
        draft.timeout_error = timeout.as_ref().err().cloned();
        let (Ok(_), Ok(expect_ips), Ok(timeout_ms)) = (url, ips, timeout) else {
            return;
        };
        let Some(current) = self.state.endpoint(edit.id) else {
            return;
        };
        let name = edit.name.trim();
        let updated = Endpoint {
            id: edit.id,
            settings: ProfileEndpoint {
                name: if name.is_empty() {
                    edit.url.trim().to_owned()
                } else {
                    name.to_owned()
                },
                url: edit.url.trim().to_owned(),
                expect_ips,
                timeout_ms,
                notes: edit.notes.trim_end().to_owned(),
                tags: parse_tags(&edit.tags),
                // Keys only a profile knows stay with the endpoint.
                extra: current.settings.extra.clone(),
            },
            // What the client reported is about the URL it named.
            reported: current
                .reported
                .clone()
                .filter(|_| current.settings.url == edit.url.trim()),
        };
        if self.state.update(updated) {
            // Rebuilt from the saved endpoint on the next frame.
            self.drafts.editor = None;
            self.persist();
        }
    }

    /// Starts one run checking `ids` (endpoints that no longer exist are skipped).
    pub(crate) fn start_check(&mut self, ids: &[EndpointId]) {
        let specs = self.specs(ids);
        let Some(worker) = &mut self.worker else {
            return;
        };
        if specs.is_empty() {
            return;
        }
        let spec_ids: Vec<EndpointId> = specs.iter().map(|s| EndpointId(s.id)).collect();
        let (run_id, obsolete) = self.state.begin_run(&spec_ids);
        for run in obsolete {
            // Every endpoint of that run was asked for again: its work is wasted.
            worker.cancel(run);
            self.state.cancel_run(run);
        }
        worker.start(run_id, specs);
    }

    /// What the engine probes for `ids`: endpoints that no longer exist are skipped, and
    /// so are ones that fail the profile's own validation (they are validated when
    /// added, but a hand-edited state file may still hold a zero timeout or junk).
    pub(crate) fn specs(&self, ids: &[EndpointId]) -> Vec<EndpointSpec> {
        ids.iter()
            .filter_map(|id| self.state.endpoint(*id))
            .filter_map(|e| e.spec().ok())
            .collect()
    }

    /// The command repeating the focused endpoint's check, with the bytes it last sent;
    /// secrets as the File menu's "include secrets" says.
    fn reproduce_line(&self, tool: ReproduceTool) -> Option<String> {
        let id = self.state.focus()?;
        let url = &self.state.endpoint(id)?.settings.url;
        let sent = self
            .state
            .result(id)
            .map(|o| o.result.observation.captured.sent.clone())
            .unwrap_or_default();
        let secrets = self.drafts.report.include_secrets;
        match tool {
            ReproduceTool::Curl => crate::reproduce::curl(url, &sent, secrets).ok(),
            ReproduceTool::Websocat => crate::reproduce::websocat(url, &sent, secrets),
        }
    }

    fn selected_summary(&self) -> String {
        let l10n = Localizer::new(self.state.lang());
        let mut lines = Vec::new();
        for &id in &self.state.view(&l10n) {
            if !self.state.selection().contains(id) {
                continue;
            }
            let Some(endpoint) = self.state.endpoint(id).map(|e| &e.settings) else {
                continue;
            };
            let (verdict, summary) = match self.state.result(id) {
                Some(outcome) => {
                    let entry = build_result(&l10n, &endpoint.url, &outcome.result);
                    (l10n.tr(&outcome.verdict().label_id()), entry.summary)
                }
                None => (l10n.tr("gui-status-not-checked"), String::new()),
            };
            lines.push(format!(
                "{}\t{}\t{verdict}\t{summary}",
                endpoint.name, endpoint.url
            ));
        }
        lines.join("\n")
    }
}

/// The localized message of a URL that does not parse.
fn target_error(text: &str, error: &TargetError) -> FieldError {
    FieldError {
        id: error.fluent_id(),
        args: vec![("target", text.trim().to_owned()), ("value", error.value())],
    }
}

fn parse_ips(text: &str) -> Result<Vec<IpAddr>, FieldError> {
    text.split([',', ' ', ';'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<IpAddr>().map_err(|_| FieldError {
                id: "gui-error-ip",
                args: vec![("value", part.to_owned())],
            })
        })
        .collect()
}

/// Tags as typed: separated by commas, blanks dropped.
fn parse_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_timeout(text: &str) -> Result<Option<u64>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u64>() {
        Ok(ms) if (1..=MAX_TIMEOUT_MS).contains(&ms) => Ok(Some(ms)),
        _ => Err(FieldError {
            id: "gui-error-timeout",
            args: vec![("value", text.to_owned())],
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn a_hand_edited_zero_timeout_in_the_state_file_is_never_checked_with_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let text = r#"{"version":1,"endpoints":[
            {"id":1,"name":"zero","url":"tcp://127.0.0.1:9","timeout_ms":0},
            {"id":2,"name":"fine","url":"tcp://127.0.0.1:9","timeout_ms":300}]}"#;
        std::fs::write(dir.path().join(crate::gui::persist::FILE_NAME), text).expect("write");
        let app = NetdoctorApp::new_for_test(Some(Lang::En), dir.path());
        let ids = app.state.endpoints().ids();
        assert_eq!(ids.len(), 2, "both are listed, to be fixed in the form");
        let specs = app.specs(&ids);
        assert!(
            specs
                .iter()
                .all(|s| s.timeout != Some(std::time::Duration::ZERO))
        );
        let checked: Vec<u64> = specs.iter().map(|s| s.id).collect();
        assert_eq!(
            checked,
            vec![2],
            "the profile's validation skips the zero timeout"
        );
    }

    #[test]
    fn ips_and_timeouts_are_validated() {
        assert_eq!(parse_ips("").map(|v| v.len()), Ok(0));
        assert_eq!(parse_ips("127.0.0.1, ::1").map(|v| v.len()), Ok(2));
        assert_eq!(parse_ips("1.2.3").map_err(|e| e.id), Err("gui-error-ip"));
        assert_eq!(parse_timeout(" "), Ok(None));
        assert_eq!(parse_timeout("2500"), Ok(Some(2500)));
        assert!(parse_timeout("0").is_err());
        assert!(parse_timeout("abc").is_err());
        assert_eq!(parse_tags(" a, b c ,,"), vec!["a", "b c"]);
    }
}
