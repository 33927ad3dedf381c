//! The panels. Each `*_ui` function reads a [`View`] and pushes commands; it never changes app state.

pub mod bytes_view;
pub mod causes;
pub mod code_box;
pub mod detail;
pub mod detail_cache;
pub mod diagnosis;
pub mod editor;
pub mod exchange;
pub mod files;
pub mod menu;
pub mod notice;
pub mod numbers;
pub mod scheme_ask;
pub mod server;
pub mod status;
pub mod style;
pub mod table;
pub mod toolbar;
pub mod view;
pub mod watch;

pub use view::{
    Banner, BannerTone, ConfirmReplace, Drafts, EditorDraft, FieldError, FileDialogDraft, View,
};
