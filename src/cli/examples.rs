//! The examples at the end of each command's `--help`. Each line is a real command: a test
//! runs every one of them against a fresh sandbox, whose example keys they name.

pub const LIST: &str = "\
Examples:
  orkeys list --include-disabled --include-expired
  orkeys list --fields name,limit_used,usage --format csv
  orkeys list --json";

pub const GET: &str = "\
Examples:
  orkeys get customer-acme
  orkeys get staging --json";

pub const CREATE: &str = "\
Examples:
  orkeys create --name customer-42 --limit 25 --limit-reset monthly
  orkeys create --name ci-deploy --expires-in 30d --key-only
  orkeys create --name deploy-bot --key-file ./deploy-bot.key";

pub const UPDATE: &str = "\
Examples:
  orkeys update staging --limit 50 --limit-reset weekly
  orkeys update staging --no-limit --limit-reset none
  orkeys update customer-acme --name acme-production";

pub const DELETE: &str = "\
Examples:
  orkeys delete hackathon-2025 --yes
  orkeys delete old-laptop ci-nightly --yes --json";

pub const ENABLE: &str = "\
Examples:
  orkeys enable old-laptop
  orkeys enable old-laptop --json";

pub const DISABLE: &str = "\
Examples:
  orkeys disable staging
  orkeys disable staging ci-nightly --json";

pub const CURRENT: &str = "\
Examples:
  orkeys current
  orkeys current --json";

pub const COMPLETIONS: &str = "\
Examples:
  orkeys completions bash > orkeys.bash
  orkeys completions zsh > _orkeys";

pub const MAN: &str = "\
Examples:
  orkeys man > orkeys.1
  orkeys man --dir ./man";

pub const CONFIG_SHOW: &str = "\
Examples:
  orkeys config show
  orkeys config show --json";

pub const CONFIG_PATH: &str = "\
Examples:
  orkeys config path
  ORKEYS_CONFIG=./orkeys.toml orkeys config path";

pub const CONFIG_INIT: &str = "\
Examples:
  orkeys config init
  ORKEYS_CONFIG=./orkeys.toml orkeys config init";

pub const ROTATE: &str = "\
Examples:
  orkeys rotate staging --dry-run
  orkeys rotate staging --key-file ./staging.key
  orkeys rotate production-api --delete-old --yes --json";

pub const USAGE: &str = "\
Examples:
  orkeys usage --sort spend
  orkeys usage production-api --days
  orkeys usage --over 50 --json";

pub const AUDIT: &str = "\
Examples:
  orkeys audit
  orkeys audit --fail-on no-limit,stale --stale 60d
  orkeys audit --json";

pub const EXPORT: &str = "\
Examples:
  orkeys export -o keys.toml
  orkeys export --match 'customer-*'";

pub const PLAN: &str = "\
Examples:
  orkeys export > keys.toml && orkeys plan -f keys.toml
  orkeys export > keys.toml && orkeys plan -f keys.toml --prune --detailed-exitcode";

pub const APPLY: &str = "\
Examples:
  orkeys export > keys.toml && orkeys apply -f keys.toml --yes
  orkeys export > keys.toml && orkeys apply -f keys.toml --yes --secrets-dir ./secrets";
