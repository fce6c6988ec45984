
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orkeys' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orkeys'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orkeys' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Manage keys (every verb is also available at the top level)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key and show its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a key''s name, limit, reset period, state or workspace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable keys')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable keys (they stop working until enabled again)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key: create the new one, deliver its secret, then disable (or delete) the old')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Spend per key: the limit''s current window next to lifetime, daily, weekly and monthly')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Key hygiene: keys without limits or expiry, stale, near their limit, expiring, disabled, or sharing a name; a CI gate with --fail-on')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the account''s keys as a TOML manifest, to manage them declaratively')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a manifest with the account: what apply would create, update, replace, delete')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a manifest: creates, then updates, replacements, deletes')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Show the key in use: its label, whether it is a management key, limit, usage and expiry')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the key in use: its label, whether it is a management key, limit, usage and expiry')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the local sandbox (a stand-in for the key-management API)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in use and where each came from; find or start the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per command into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;keys' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key and show its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a key''s name, limit, reset period, state or workspace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable keys')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable keys (they stop working until enabled again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;keys;list' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace (default: the default workspace)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many keys before the first one listed')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N keys, fetching only the pages needed')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the keys by this field (keys without a value come last)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled keys')
            [CompletionResult]::new('--include-expired', '--include-expired', [CompletionResultType]::ParameterName, 'Include expired keys')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (largest, newest or last first)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;ls' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace (default: the default workspace)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many keys before the first one listed')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N keys, fetching only the pages needed')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the keys by this field (keys without a value come last)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled keys')
            [CompletionResult]::new('--include-expired', '--include-expired', [CompletionResultType]::ParameterName, 'Include expired keys')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (largest, newest or last first)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;get' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new key, 1 to 200 characters (on a terminal, left out, orkeys asks)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Spending limit in US dollars (0 to 1,000,000)')
            [CompletionResult]::new('--limit-reset', '--limit-reset', [CompletionResultType]::ParameterName, 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'Expire at this UTC time, with seconds, within 10 years (e.g. 2027-12-31T23:59:59Z)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Expire after this long, up to 10 years (e.g. 30d, 12h, 2w, 1y)')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Create the key in this workspace (default: the default workspace)')
            [CompletionResult]::new('--creator-user-id', '--creator-user-id', [CompletionResultType]::ParameterName, 'Record this organization member as the key''s creator')
            [CompletionResult]::new('--external-user', '--external-user', [CompletionResultType]::ParameterName, 'Tie the key to a user of your own platform')
            [CompletionResult]::new('--external-api-key-file', '--external-api-key-file', [CompletionResultType]::ParameterName, 'Read that user''s own API key (32+ characters) from this file')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Write the secret to a new file with mode 0600 instead of printing it')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-byok-in-limit', '--include-byok-in-limit', [CompletionResultType]::ParameterName, 'Count usage on your own provider keys (BYOK) against the limit')
            [CompletionResult]::new('--key-only', '--key-only', [CompletionResultType]::ParameterName, 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (1 to 200 characters)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'New spending limit in US dollars (0 to 1,000,000)')
            [CompletionResult]::new('--limit-reset', '--limit-reset', [CompletionResultType]::ParameterName, 'New reset period; `none` makes the limit a lifetime limit')
            [CompletionResult]::new('--include-byok-in-limit', '--include-byok-in-limit', [CompletionResultType]::ParameterName, 'Whether usage on your own provider keys (BYOK) counts against the limit')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Move the key to this workspace (KEY is looked for in the default workspace, then here)')
            [CompletionResult]::new('--from-workspace', '--from-workspace', [CompletionResultType]::ParameterName, 'Look for KEY in this workspace instead of the default one')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the key')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the key')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Remove the spending limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;delete' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;rm' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;enable' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;disable' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key and show its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a key''s name, limit, reset period, state or workspace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable keys')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable keys (they stop working until enabled again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;keys;help;list' {
            break
        }
        'orkeys;keys;help;get' {
            break
        }
        'orkeys;keys;help;create' {
            break
        }
        'orkeys;keys;help;update' {
            break
        }
        'orkeys;keys;help;delete' {
            break
        }
        'orkeys;keys;help;enable' {
            break
        }
        'orkeys;keys;help;disable' {
            break
        }
        'orkeys;keys;help;help' {
            break
        }
        'orkeys;list' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace (default: the default workspace)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many keys before the first one listed')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N keys, fetching only the pages needed')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the keys by this field (keys without a value come last)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled keys')
            [CompletionResult]::new('--include-expired', '--include-expired', [CompletionResultType]::ParameterName, 'Include expired keys')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (largest, newest or last first)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;ls' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace (default: the default workspace)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many keys before the first one listed')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N keys, fetching only the pages needed')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the keys by this field (keys without a value come last)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled keys')
            [CompletionResult]::new('--include-expired', '--include-expired', [CompletionResultType]::ParameterName, 'Include expired keys')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (largest, newest or last first)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;get' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new key, 1 to 200 characters (on a terminal, left out, orkeys asks)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Spending limit in US dollars (0 to 1,000,000)')
            [CompletionResult]::new('--limit-reset', '--limit-reset', [CompletionResultType]::ParameterName, 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'Expire at this UTC time, with seconds, within 10 years (e.g. 2027-12-31T23:59:59Z)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Expire after this long, up to 10 years (e.g. 30d, 12h, 2w, 1y)')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Create the key in this workspace (default: the default workspace)')
            [CompletionResult]::new('--creator-user-id', '--creator-user-id', [CompletionResultType]::ParameterName, 'Record this organization member as the key''s creator')
            [CompletionResult]::new('--external-user', '--external-user', [CompletionResultType]::ParameterName, 'Tie the key to a user of your own platform')
            [CompletionResult]::new('--external-api-key-file', '--external-api-key-file', [CompletionResultType]::ParameterName, 'Read that user''s own API key (32+ characters) from this file')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Write the secret to a new file with mode 0600 instead of printing it')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--include-byok-in-limit', '--include-byok-in-limit', [CompletionResultType]::ParameterName, 'Count usage on your own provider keys (BYOK) against the limit')
            [CompletionResult]::new('--key-only', '--key-only', [CompletionResultType]::ParameterName, 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (1 to 200 characters)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'New spending limit in US dollars (0 to 1,000,000)')
            [CompletionResult]::new('--limit-reset', '--limit-reset', [CompletionResultType]::ParameterName, 'New reset period; `none` makes the limit a lifetime limit')
            [CompletionResult]::new('--include-byok-in-limit', '--include-byok-in-limit', [CompletionResultType]::ParameterName, 'Whether usage on your own provider keys (BYOK) counts against the limit')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Move the key to this workspace (KEY is looked for in the default workspace, then here)')
            [CompletionResult]::new('--from-workspace', '--from-workspace', [CompletionResultType]::ParameterName, 'Look for KEY in this workspace instead of the default one')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the key')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the key')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Remove the spending limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;delete' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;rm' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;enable' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;disable' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only list the keys the action would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;rotate' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Look for KEY names and prefixes in this workspace (default: the default workspace)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new key (default: the old key''s name)')
            [CompletionResult]::new('--old-name', '--old-name', [CompletionResultType]::ParameterName, 'New name for the old key (default: ''NAME (rotated YYYY-MM-DD)'' when the new key takes its name)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'The new key expires at this UTC time (default: the old key''s expiry, if still ahead)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'The new key expires after this long (e.g. 30d)')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Write the new secret to a new file with mode 0600 instead of printing it')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--disable-old', '--disable-old', [CompletionResultType]::ParameterName, 'Disable the old key once the new secret is delivered (the default)')
            [CompletionResult]::new('--delete-old', '--delete-old', [CompletionResultType]::ParameterName, 'Delete the old key once the new secret is delivered')
            [CompletionResult]::new('--keep-old', '--keep-old', [CompletionResultType]::ParameterName, 'Leave the old key working (it is still renamed, so its name points at the new key only)')
            [CompletionResult]::new('--key-only', '--key-only', [CompletionResultType]::ParameterName, 'Print only the new secret and a newline')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be created and done to the old key; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do it without asking (with no terminal, required to delete the old key)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do it without asking (with no terminal, required to delete the old key)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;usage' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace, and where KEYs are looked for')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the rows (default: as listed, newest first)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled keys')
            [CompletionResult]::new('--include-expired', '--include-expired', [CompletionResultType]::ParameterName, 'Include expired keys')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Add each key''s last 30 completed UTC days: spend and requests per day, top models')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;audit' {
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 10 when any of these findings is present (comma-separated, or `all`)')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'How long unused makes a key stale')
            [CompletionResult]::new('--near-limit', '--near-limit', [CompletionResultType]::ParameterName, 'The share of the limit, in percent, that counts as near it')
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'How soon an expiry is worth a finding')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the manifest to this new file instead of standard output (never replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the manifest to this new file instead of standard output (never replaced)')
            [CompletionResult]::new('--workspace-id', '--workspace-id', [CompletionResultType]::ParameterName, 'Only keys in this workspace (default: the default workspace)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose name matches this pattern (`*` any text, `?` one character)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only keys that expire within this long from now (e.g. 7d)')
            [CompletionResult]::new('--over', '--over', [CompletionResultType]::ParameterName, 'Only keys that used more than this share of their limit in its current window')
            [CompletionResult]::new('--unused-for', '--unused-for', [CompletionResultType]::ParameterName, 'Only keys not used for this long (never used: created longer ago than this)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only keys that are not disabled')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled keys (fetched without --include-disabled)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only expired keys (fetched without --include-expired)')
            [CompletionResult]::new('--no-limit', '--no-limit', [CompletionResultType]::ParameterName, 'Only keys without a spending limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'With --prune: only keys whose name matches this pattern may be deleted')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete keys the manifest does not name (within --match, if given)')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to do and 10 when changes are pending')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'With --prune: only keys whose name matches this pattern may be deleted')
            [CompletionResult]::new('--secrets-dir', '--secrets-dir', [CompletionResultType]::ParameterName, 'Write each new key''s secret to a new 0600 file in this directory, named after the key')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete keys the manifest does not name (within --match, if given)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Also make replacements: a new key for a change the API cannot patch (an expiry), then the old key deleted')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking (required when no terminal is attached)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking (required when no terminal is attached)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;current' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;whoami' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;sandbox' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the sandbox over, with fresh example keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file (default: the same one `--sandbox` uses, in the user''s data directory)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the example keys of a new state file and for created keys'' secrets, for reproducible runs (default: the usual example keys, random secrets)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'Fill a new state file with N generated keys instead of the six examples (refused when the file exists: use `orkeys sandbox reset --keys N` or a new --state)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Keys per page of GET /keys')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Make chosen requests fail, e.g. ''GET /keys=429x2,POST /keys=500x1,*=503@0.1'' (xN: the next N matching requests; @P: each with probability P)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file (default: the one `--sandbox` uses)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the example keys (default: the usual example keys)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'N generated keys instead of the six examples')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the sandbox over, with fresh example keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;sandbox;help;serve' {
            break
        }
        'orkeys;sandbox;help;reset' {
            break
        }
        'orkeys;sandbox;help;help' {
            break
        }
        'orkeys;config' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file (mode 0600; an existing file is never replaced)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;config;show' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;config;path' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;config;init' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file (mode 0600; an existing file is never replaced)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;config;help;show' {
            break
        }
        'orkeys;config;help;path' {
            break
        }
        'orkeys;config;help;init' {
            break
        }
        'orkeys;config;help;help' {
            break
        }
        'orkeys;completions' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write orkeys.1 and a page per subcommand (orkeys-list.1, …) into this directory')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Show only these fields, in this order (comma-separated field names, as in JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: ORKEYS_PROFILE]')
            [CompletionResult]::new('--api-key-file', '--api-key-file', [CompletionResultType]::ParameterName, 'Read the management key from this file (it must not be writable by others)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each response')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds the whole command may take, retries and waits included')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a rate-limited or failed request (at most 10)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Page requests in flight when reading a listing (1 to 16)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour in tables')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the management key from standard input')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow a plain-http base URL that is not on this machine (the key travels in clear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request, response and retry to standard error')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orkeys;help' {
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Manage keys (every verb is also available at the top level)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key and show its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a key''s name, limit, reset period, state or workspace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable keys')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable keys (they stop working until enabled again)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key: create the new one, deliver its secret, then disable (or delete) the old')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Spend per key: the limit''s current window next to lifetime, daily, weekly and monthly')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Key hygiene: keys without limits or expiry, stale, near their limit, expiring, disabled, or sharing a name; a CI gate with --fail-on')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the account''s keys as a TOML manifest, to manage them declaratively')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a manifest with the account: what apply would create, update, replace, delete')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a manifest: creates, then updates, replacements, deletes')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Show the key in use: its label, whether it is a management key, limit, usage and expiry')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the local sandbox (a stand-in for the key-management API)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in use and where each came from; find or start the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per command into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orkeys;help;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, following every page')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key and show its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a key''s name, limit, reset period, state or workspace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete keys (asks first on a terminal)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable keys')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable keys (they stop working until enabled again)')
            break
        }
        'orkeys;help;keys;list' {
            break
        }
        'orkeys;help;keys;get' {
            break
        }
        'orkeys;help;keys;create' {
            break
        }
        'orkeys;help;keys;update' {
            break
        }
        'orkeys;help;keys;delete' {
            break
        }
        'orkeys;help;keys;enable' {
            break
        }
        'orkeys;help;keys;disable' {
            break
        }
        'orkeys;help;list' {
            break
        }
        'orkeys;help;get' {
            break
        }
        'orkeys;help;create' {
            break
        }
        'orkeys;help;update' {
            break
        }
        'orkeys;help;delete' {
            break
        }
        'orkeys;help;enable' {
            break
        }
        'orkeys;help;disable' {
            break
        }
        'orkeys;help;rotate' {
            break
        }
        'orkeys;help;usage' {
            break
        }
        'orkeys;help;audit' {
            break
        }
        'orkeys;help;export' {
            break
        }
        'orkeys;help;plan' {
            break
        }
        'orkeys;help;apply' {
            break
        }
        'orkeys;help;current' {
            break
        }
        'orkeys;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start the sandbox over, with fresh example keys')
            break
        }
        'orkeys;help;sandbox;serve' {
            break
        }
        'orkeys;help;sandbox;reset' {
            break
        }
        'orkeys;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config file (mode 0600; an existing file is never replaced)')
            break
        }
        'orkeys;help;config;show' {
            break
        }
        'orkeys;help;config;path' {
            break
        }
        'orkeys;help;config;init' {
            break
        }
        'orkeys;help;completions' {
            break
        }
        'orkeys;help;man' {
            break
        }
        'orkeys;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
