//! One step of a plan shown before anything is done (`rotate --dry-run`).

use std::borrow::Cow;
use std::sync::LazyLock;

use serde_json::json;

use crate::render::columns::{Column, Row};

#[derive(Debug, Clone)]
pub struct Step {
    pub step: &'static str,
    pub detail: String,
}

impl Step {
    pub fn new(step: &'static str, detail: impl Into<String>) -> Self {
        Step {
            step,
            detail: detail.into(),
        }
    }
}

impl Row for Step {
    fn columns() -> &'static [Column<Self>] {
        &STEP_COLUMNS
    }

    fn table_fields() -> &'static [&'static str] {
        &["step", "detail"]
    }

    fn plain_fields() -> &'static [&'static str] {
        &["step", "detail"]
    }

    fn json(&self) -> Cow<'_, str> {
        Cow::Owned(json!({"step": self.step, "detail": self.detail}).to_string())
    }
}

static STEP_COLUMNS: LazyLock<Vec<Column<Step>>> = LazyLock::new(|| {
    vec![
        Column::api("step", "STEP", "Step"),
        Column::api("detail", "DETAIL", "Detail").shrink(),
    ]
});
