# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orkeys_global_optspecs
    string join \n json jq= format= fields= profile= api-key-file= api-key-stdin base-url= allow-insecure-http timeout= deadline= retries= concurrency= v/verbose color= sandbox h/help V/version
end

function __fish_orkeys_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_orkeys_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_orkeys_using_subcommand
    set -l cmd (__fish_orkeys_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c orkeys -n "__fish_orkeys_needs_command" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_needs_command" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_needs_command" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_needs_command" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_needs_command" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_needs_command" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_needs_command" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_needs_command" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_needs_command" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_needs_command" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_needs_command" -s V -l version -d 'Print version'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "keys" -d 'Manage keys (every verb is also available at the top level)'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "list" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "ls" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "get" -d 'Show one key'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "create" -d 'Create a key and show its secret once'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "update" -d 'Change a key\'s name, limit, reset period, state or workspace'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "delete" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "rm" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "enable" -d 'Enable keys'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "disable" -d 'Disable keys (they stop working until enabled again)'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "rotate" -d 'Replace a key: create the new one, deliver its secret, then disable (or delete) the old'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "usage" -d 'Spend per key: the limit\'s current window next to lifetime, daily, weekly and monthly'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "audit" -d 'Key hygiene: keys without limits or expiry, stale, near their limit, expiring, disabled, or sharing a name; a CI gate with --fail-on'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "export" -d 'Write the account\'s keys as a TOML manifest, to manage them declaratively'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "plan" -d 'Compare a manifest with the account: what apply would create, update, replace, delete'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "apply" -d 'Make the account match a manifest: creates, then updates, replacements, deletes'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "current" -d 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "whoami" -d 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "sandbox" -d 'Run or reset the local sandbox (a stand-in for the key-management API)'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "config" -d 'Show the settings in use and where each came from; find or start the config file'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "man" -d 'Print the man page, or write one page per command into a directory'
complete -c orkeys -n "__fish_orkeys_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "list" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "ls" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "get" -d 'Show one key'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "create" -d 'Create a key and show its secret once'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "update" -d 'Change a key\'s name, limit, reset period, state or workspace'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "delete" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "rm" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "enable" -d 'Enable keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "disable" -d 'Disable keys (they stop working until enabled again)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and not __fish_seen_subcommand_from list ls get create update delete rm enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l workspace-id -d 'Only keys in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many keys before the first one listed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N keys, fetching only the pages needed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l sort -d 'Order the keys by this field (keys without a value come last)' -r -f -a "name\t''
created\t''
usage\t'Lifetime spend'
limit\t''
remaining\t''
expires\t''
last-used\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l include-disabled -d 'Include disabled keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l include-expired -d 'Include expired keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (largest, newest or last first)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l workspace-id -d 'Only keys in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many keys before the first one listed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l limit -d 'Stop after N keys, fetching only the pages needed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l sort -d 'Order the keys by this field (keys without a value come last)' -r -f -a "name\t''
created\t''
usage\t'Lifetime spend'
limit\t''
remaining\t''
expires\t''
last-used\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l include-disabled -d 'Include disabled keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l include-expired -d 'Include expired keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l reverse -d 'Reverse the order (largest, newest or last first)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l name -d 'Name of the new key, 1 to 200 characters (on a terminal, left out, orkeys asks)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l limit -d 'Spending limit in US dollars (0 to 1,000,000)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l limit-reset -d 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)' -r -f -a "daily\t''
weekly\t''
monthly\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l expires-at -d 'Expire at this UTC time, with seconds, within 10 years (e.g. 2027-12-31T23:59:59Z)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l expires-in -d 'Expire after this long, up to 10 years (e.g. 30d, 12h, 2w, 1y)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l workspace-id -d 'Create the key in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l creator-user-id -d 'Record this organization member as the key\'s creator' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l external-user -d 'Tie the key to a user of your own platform' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l external-api-key-file -d 'Read that user\'s own API key (32+ characters) from this file' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l key-file -d 'Write the secret to a new file with mode 0600 instead of printing it' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l include-byok-in-limit -d 'Count usage on your own provider keys (BYOK) against the limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l key-only -d 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l name -d 'New name (1 to 200 characters)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l limit -d 'New spending limit in US dollars (0 to 1,000,000)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l limit-reset -d 'New reset period; `none` makes the limit a lifetime limit' -r -f -a "daily\t''
weekly\t''
monthly\t''
none\t'No reset: the limit is a lifetime limit'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l include-byok-in-limit -d 'Whether usage on your own provider keys (BYOK) counts against the limit' -r -f -a "true\t''
false\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l workspace-id -d 'Move the key to this workspace (KEY is looked for in the default workspace, then here)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l from-workspace -d 'Look for KEY in this workspace instead of the default one' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l disable -d 'Disable the key'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l enable -d 'Enable the key'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l no-limit -d 'Remove the spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one key'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a key and show its secret once'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a key\'s name, limit, reset period, state or workspace'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable keys (they stop working until enabled again)'
complete -c orkeys -n "__fish_orkeys_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l workspace-id -d 'Only keys in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l offset -d 'Skip this many keys before the first one listed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l limit -d 'Stop after N keys, fetching only the pages needed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l sort -d 'Order the keys by this field (keys without a value come last)' -r -f -a "name\t''
created\t''
usage\t'Lifetime spend'
limit\t''
remaining\t''
expires\t''
last-used\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l include-disabled -d 'Include disabled keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l include-expired -d 'Include expired keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l reverse -d 'Reverse the order (largest, newest or last first)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l workspace-id -d 'Only keys in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l offset -d 'Skip this many keys before the first one listed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l limit -d 'Stop after N keys, fetching only the pages needed' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l sort -d 'Order the keys by this field (keys without a value come last)' -r -f -a "name\t''
created\t''
usage\t'Lifetime spend'
limit\t''
remaining\t''
expires\t''
last-used\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l include-disabled -d 'Include disabled keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l include-expired -d 'Include expired keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l reverse -d 'Reverse the order (largest, newest or last first)'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l name -d 'Name of the new key, 1 to 200 characters (on a terminal, left out, orkeys asks)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l limit -d 'Spending limit in US dollars (0 to 1,000,000)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l limit-reset -d 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)' -r -f -a "daily\t''
weekly\t''
monthly\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l expires-at -d 'Expire at this UTC time, with seconds, within 10 years (e.g. 2027-12-31T23:59:59Z)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l expires-in -d 'Expire after this long, up to 10 years (e.g. 30d, 12h, 2w, 1y)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l workspace-id -d 'Create the key in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l creator-user-id -d 'Record this organization member as the key\'s creator' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l external-user -d 'Tie the key to a user of your own platform' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l external-api-key-file -d 'Read that user\'s own API key (32+ characters) from this file' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l key-file -d 'Write the secret to a new file with mode 0600 instead of printing it' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l include-byok-in-limit -d 'Count usage on your own provider keys (BYOK) against the limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l key-only -d 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l name -d 'New name (1 to 200 characters)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l limit -d 'New spending limit in US dollars (0 to 1,000,000)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l limit-reset -d 'New reset period; `none` makes the limit a lifetime limit' -r -f -a "daily\t''
weekly\t''
monthly\t''
none\t'No reset: the limit is a lifetime limit'"
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l include-byok-in-limit -d 'Whether usage on your own provider keys (BYOK) counts against the limit' -r -f -a "true\t''
false\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l workspace-id -d 'Move the key to this workspace (KEY is looked for in the default workspace, then here)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l from-workspace -d 'Look for KEY in this workspace instead of the default one' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l disable -d 'Disable the key'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l enable -d 'Enable the key'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l no-limit -d 'Remove the spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l all -d 'Every key of the workspace, disabled and expired ones included (on purpose: filters choose among every key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l dry-run -d 'Only list the keys the action would change; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -s y -l yes -d 'Do it without asking (required when no terminal is attached, except for keys named one by one with enable and disable)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l workspace-id -d 'Look for KEY names and prefixes in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l name -d 'Name of the new key (default: the old key\'s name)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l old-name -d 'New name for the old key (default: \'NAME (rotated YYYY-MM-DD)\' when the new key takes its name)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l expires-at -d 'The new key expires at this UTC time (default: the old key\'s expiry, if still ahead)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l expires-in -d 'The new key expires after this long (e.g. 30d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l key-file -d 'Write the new secret to a new file with mode 0600 instead of printing it' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l disable-old -d 'Disable the old key once the new secret is delivered (the default)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l delete-old -d 'Delete the old key once the new secret is delivered'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l keep-old -d 'Leave the old key working (it is still renamed, so its name points at the new key only)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l key-only -d 'Print only the new secret and a newline'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l dry-run -d 'Show what would be created and done to the old key; change nothing'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -s y -l yes -d 'Do it without asking (with no terminal, required to delete the old key)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l workspace-id -d 'Only keys in this workspace, and where KEYs are looked for' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l sort -d 'Order the rows (default: as listed, newest first)' -r -f -a "spend\t'Spend in the limit\'s current window (largest first)'
remaining\t'What remains of the limit (smallest first)'
name\t''
created\t''
last-used\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l include-disabled -d 'Include disabled keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l include-expired -d 'Include expired keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l days -d 'Add each key\'s last 30 completed UTC days: spend and requests per day, top models'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l workspace-id -d 'Only keys in this workspace' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l fail-on -d 'Exit 10 when any of these findings is present (comma-separated, or `all`)' -r -f -a "no-limit\t'No spending limit'
no-expiry\t'No expiry date'
stale\t'Not used for --stale (default 90 days)'
near-limit\t'Over --near-limit percent (default 80) of the limit used in its current window'
expiring\t'Expiring within --expiring (default 7 days)'
disabled\t'Disabled but still present'
duplicate-name\t'Sharing its name with another key'
all\t'Every rule'"
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l stale -d 'How long unused makes a key stale' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l near-limit -d 'The share of the limit, in percent, that counts as near it' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l expiring -d 'How soon an expiry is worth a finding' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -s o -l output -d 'Write the manifest to this new file instead of standard output (never replaced)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l workspace-id -d 'Only keys in this workspace (default: the default workspace)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l match -d 'Only keys whose name matches this pattern (`*` any text, `?` one character)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l expiring-within -d 'Only keys that expire within this long from now (e.g. 7d)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l over -d 'Only keys that used more than this share of their limit in its current window' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l unused-for -d 'Only keys not used for this long (never used: created longer ago than this)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l enabled -d 'Only keys that are not disabled'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l disabled -d 'Only disabled keys (fetched without --include-disabled)'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l expired -d 'Only expired keys (fetched without --include-expired)'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l no-limit -d 'Only keys without a spending limit'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -s f -l file -d 'The manifest' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l match -d 'With --prune: only keys whose name matches this pattern may be deleted' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l prune -d 'Also delete keys the manifest does not name (within --match, if given)'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l detailed-exitcode -d 'Exit 0 when there is nothing to do and 10 when changes are pending'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -s f -l file -d 'The manifest' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l match -d 'With --prune: only keys whose name matches this pattern may be deleted' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l secrets-dir -d 'Write each new key\'s secret to a new 0600 file in this directory, named after the key' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l prune -d 'Also delete keys the manifest does not name (within --match, if given)'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l replace -d 'Also make replacements: a new key for a change the API cannot patch (an expiry), then the old key deleted'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -s y -l yes -d 'Apply without asking (required when no terminal is attached)'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Start the sandbox over, with fresh example keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l bind -d 'Address to listen on' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file (default: the same one `--sandbox` uses, in the user\'s data directory)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed for the example keys of a new state file and for created keys\' secrets, for reproducible runs (default: the usual example keys, random secrets)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l keys -d 'Fill a new state file with N generated keys instead of the six examples (refused when the file exists: use `orkeys sandbox reset --keys N` or a new --state)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Delay every answer by this many milliseconds' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l page-size -d 'Keys per page of GET /keys' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l faults -d 'Make chosen requests fail, e.g. \'GET /keys=429x2,POST /keys=500x1,*=503@0.1\' (xN: the next N matching requests; @P: each with probability P)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file (default: the one `--sandbox` uses)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l seed -d 'Seed for the example keys (default: the usual example keys)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l keys -d 'N generated keys instead of the six examples' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Start the sandbox over, with fresh example keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -f -a "show" -d 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -f -a "path" -d 'Print the config file\'s path'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -f -a "init" -d 'Write a commented starter config file (mode 0600; an existing file is never replaced)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and not __fish_seen_subcommand_from show path init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starter config file (mode 0600; an existing file is never replaced)'
complete -c orkeys -n "__fish_orkeys_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l dir -d 'Write orkeys.1 and a page per subcommand (orkeys-list.1, …) into this directory' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression, built in (strings print raw, like jq -r)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l format -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Aligned columns for people'
tsv\t'Tab-separated rows, no header'
csv\t'Comma-separated (RFC 4180), with a header row'
json\t'One JSON document'
jsonl\t'One JSON object per line, written as they arrive'"
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l fields -d 'Show only these fields, in this order (comma-separated field names, as in JSON)' -r -f -a "name\t''
hash\t''
status\t''
label\t''
disabled\t''
limit_used\t''
limit\t''
limit_remaining\t''
limit_reset\t''
include_byok_in_limit\t''
usage\t''
usage_daily\t''
usage_weekly\t''
usage_monthly\t''
byok_usage\t''
created_at\t''
updated_at\t''
expires_at\t''
last_used_at\t''
workspace_id\t''
creator_user_id\t''
external_user\t''
key\t''
is_management_key\t''
is_free_tier\t''
action\t''
ok\t''
result\t''
error\t''
setting\t''
value\t''
source\t''
step\t''
detail\t''
percent_used\t''
finding\t''
changes\t''
secret_file\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l profile -d 'Use this profile of the config file [env: ORKEYS_PROFILE]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l api-key-file -d 'Read the management key from this file (it must not be writable by others)' -r -F
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l base-url -d 'API base URL [env: OPENROUTER_BASE_URL] [default: https://openrouter.ai/api/v1]' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l timeout -d 'Seconds to wait for each response' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l deadline -d 'Seconds the whole command may take, retries and waits included' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l retries -d 'How many times to retry a rate-limited or failed request (at most 10)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l concurrency -d 'Page requests in flight when reading a listing (1 to 16)' -r
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l color -d 'When to use colour in tables' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l json -d 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them (short for --format json)'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l api-key-stdin -d 'Read the management key from standard input'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l allow-insecure-http -d 'Allow a plain-http base URL that is not on this machine (the key travels in clear)'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -s v -l verbose -d 'Log each request, response and retry to standard error'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -l sandbox -d 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "keys" -d 'Manage keys (every verb is also available at the top level)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "list" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "get" -d 'Show one key'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "create" -d 'Create a key and show its secret once'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "update" -d 'Change a key\'s name, limit, reset period, state or workspace'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "delete" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "enable" -d 'Enable keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "disable" -d 'Disable keys (they stop working until enabled again)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "rotate" -d 'Replace a key: create the new one, deliver its secret, then disable (or delete) the old'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "usage" -d 'Spend per key: the limit\'s current window next to lifetime, daily, weekly and monthly'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "audit" -d 'Key hygiene: keys without limits or expiry, stale, near their limit, expiring, disabled, or sharing a name; a CI gate with --fail-on'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "export" -d 'Write the account\'s keys as a TOML manifest, to manage them declaratively'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "plan" -d 'Compare a manifest with the account: what apply would create, update, replace, delete'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "apply" -d 'Make the account match a manifest: creates, then updates, replacements, deletes'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "current" -d 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "sandbox" -d 'Run or reset the local sandbox (a stand-in for the key-management API)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "config" -d 'Show the settings in use and where each came from; find or start the config file'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "man" -d 'Print the man page, or write one page per command into a directory'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and not __fish_seen_subcommand_from keys list get create update delete enable disable rotate usage audit export plan apply current sandbox config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List keys, following every page'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "get" -d 'Show one key'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "create" -d 'Create a key and show its secret once'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "update" -d 'Change a key\'s name, limit, reset period, state or workspace'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "delete" -d 'Delete keys (asks first on a terminal)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "enable" -d 'Enable keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "disable" -d 'Disable keys (they stop working until enabled again)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Start the sandbox over, with fresh example keys'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every setting in use, where it came from (flag, environment, profile, default), and the key only as its source and a masked form'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c orkeys -n "__fish_orkeys_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter config file (mode 0600; an existing file is never replaced)'
