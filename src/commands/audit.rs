//! `audit`: key hygiene findings, grouped with their remedies; `--fail-on` makes it a CI gate
//! (exit 10 when a listed finding is present).

use std::collections::HashSet;

use serde_json::Value;

use super::Context;
use crate::cli::{AuditArgs, Rule as RuleArg};
use crate::config::Format;
use crate::error::{Error, Kind, Result};
use crate::notice;
use crate::render::views::audit::{group_json, heading, AuditRow};
use crate::report::audit::{audit, Finding, Rule, Thresholds};

pub fn run(args: &AuditArgs, context: &mut Context) -> Result<()> {
    let filter = args.filters.filter();
    let now = context.settings.output.now;
    let workspace = context.settings.workspace(args.workspace_id.as_ref());
    // Every key: disabled and expired ones are findings too.
    let query = filter.query(workspace, true, true);
    let keys = filter.apply(context.read_all(&query)?, now);
    let findings = audit(
        &keys,
        now,
        Thresholds {
            stale: args.stale,
            near_limit_percent: args.near_limit,
            expiring: args.expiring,
        },
    );
    print(&findings, keys.len(), context)?;
    gate(&findings, &args.fail_on)
}

fn rows(finding: &Finding, now: jiff::Timestamp) -> Vec<AuditRow> {
    finding
        .keys
        .iter()
        .map(|flagged| AuditRow {
            rule: finding.rule,
            flagged: flagged.clone(),
            now,
        })
        .collect()
}

fn print(findings: &[Finding], audited: usize, context: &mut Context) -> Result<()> {
    let now = context.settings.output.now;
    match context.settings.output.format {
        Format::Json => {
            let groups: Vec<Value> = findings
                .iter()
                .map(|f| group_json(f.rule, &rows(f, now)))
                .collect();
            context.printer.document(&Value::Array(groups))
        }
        Format::Jsonl => {
            for finding in findings {
                let group = group_json(finding.rule, &rows(finding, now));
                context.printer.raw(format!("{group}\n").as_bytes())?;
            }
            Ok(())
        }
        Format::Tsv | Format::Csv => {
            // Rows stay data; each finding's count and remedy go to stderr, where a CI log
            // still shows them.
            if findings.is_empty() {
                notice::notice(&format!("no findings among {audited} keys"));
            }
            for finding in findings {
                notice::notice(&heading(finding.rule, finding.keys.len()));
            }
            let all: Vec<AuditRow> = findings.iter().flat_map(|f| rows(f, now)).collect();
            context.printer.list(&all)
        }
        Format::Table => {
            if findings.is_empty() {
                notice::notice(&format!("no findings among {audited} keys"));
            }
            for (i, finding) in findings.iter().enumerate() {
                let gap = if i == 0 { "" } else { "\n" };
                let text = heading(finding.rule, finding.keys.len());
                context.printer.raw(format!("{gap}{text}\n").as_bytes())?;
                context.printer.list(&rows(finding, now))?;
            }
            Ok(())
        }
    }
}

/// Exit 10 when any finding `--fail-on` lists is present.
fn gate(findings: &[Finding], fail_on: &[RuleArg]) -> Result<()> {
    let wanted: HashSet<Rule> = fail_on
        .iter()
        .flat_map(|rule| match rule {
            RuleArg::All => Rule::ALL.to_vec(),
            RuleArg::NoLimit => vec![Rule::NoLimit],
            RuleArg::NoExpiry => vec![Rule::NoExpiry],
            RuleArg::Stale => vec![Rule::Stale],
            RuleArg::NearLimit => vec![Rule::NearLimit],
            RuleArg::Expiring => vec![Rule::Expiring],
            RuleArg::Disabled => vec![Rule::Disabled],
            RuleArg::DuplicateName => vec![Rule::DuplicateName],
        })
        .collect();
    let failing: Vec<String> = findings
        .iter()
        .filter(|f| wanted.contains(&f.rule))
        .map(|f| format!("{} ({})", f.rule.name(), f.keys.len()))
        .collect();
    if failing.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        Kind::Findings,
        format!("findings listed in --fail-on: {}", failing.join(", ")),
    )
    .with_hint(
        "each finding's remedy is listed with it; fix them, or drop the rule from --fail-on",
    ))
}
