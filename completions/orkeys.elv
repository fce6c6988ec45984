
use builtin;
use str;

set edit:completion:arg-completer[orkeys] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'orkeys'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'orkeys'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keys 'Manage keys (every verb is also available at the top level)'
            cand list 'List keys, following every page'
            cand ls 'List keys, following every page'
            cand get 'Show one key'
            cand create 'Create a key and show its secret once'
            cand update 'Change a key''s name, limit, reset period, state or workspace'
            cand delete 'Delete keys (asks first on a terminal)'
            cand rm 'Delete keys (asks first on a terminal)'
            cand enable 'Enable keys'
            cand disable 'Disable keys (they stop working until enabled again)'
            cand current 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
            cand whoami 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
            cand sandbox 'Run or reset the local sandbox (a stand-in for the key-management API)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;keys'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List keys, following every page'
            cand ls 'List keys, following every page'
            cand get 'Show one key'
            cand create 'Create a key and show its secret once'
            cand update 'Change a key''s name, limit, reset period, state or workspace'
            cand delete 'Delete keys (asks first on a terminal)'
            cand rm 'Delete keys (asks first on a terminal)'
            cand enable 'Enable keys'
            cand disable 'Disable keys (they stop working until enabled again)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;keys;list'= {
            cand --workspace-id 'Only keys in this workspace (default: the default workspace)'
            cand --offset 'Skip this many keys before the first one listed'
            cand --limit 'Stop after N keys, fetching only the pages needed'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-disabled 'Include disabled keys'
            cand --include-expired 'Include expired keys'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;ls'= {
            cand --workspace-id 'Only keys in this workspace (default: the default workspace)'
            cand --offset 'Skip this many keys before the first one listed'
            cand --limit 'Stop after N keys, fetching only the pages needed'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-disabled 'Include disabled keys'
            cand --include-expired 'Include expired keys'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;get'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;create'= {
            cand --name 'Name of the new key'
            cand --limit 'Spending limit in US dollars'
            cand --limit-reset 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)'
            cand --expires-at 'Expire at this UTC time, with seconds (e.g. 2027-12-31T23:59:59Z)'
            cand --expires-in 'Expire after this long (e.g. 30d, 12h, 2w, 1y)'
            cand --workspace-id 'Create the key in this workspace (default: the default workspace)'
            cand --creator-user-id 'Record this organization member as the key''s creator'
            cand --external-user 'Tie the key to a user of your own platform'
            cand --external-api-key-file 'Read that user''s own API key (32+ characters) from this file'
            cand --key-file 'Write the secret to a new file with mode 0600 instead of printing it'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-byok-in-limit 'Count usage on your own provider keys (BYOK) against the limit'
            cand --key-only 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;update'= {
            cand --name 'New name'
            cand --limit 'New spending limit in US dollars'
            cand --limit-reset 'New reset period; `none` makes the limit a lifetime limit'
            cand --include-byok-in-limit 'Whether usage on your own provider keys (BYOK) counts against the limit'
            cand --workspace-id 'Move the key to this workspace'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --disable 'Disable the key'
            cand --enable 'Enable the key'
            cand --no-limit 'Remove the spending limit'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orkeys;keys;delete'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand -y 'Delete without asking (required when no terminal is attached)'
            cand --yes 'Delete without asking (required when no terminal is attached)'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;rm'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand -y 'Delete without asking (required when no terminal is attached)'
            cand --yes 'Delete without asking (required when no terminal is attached)'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;enable'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;disable'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;keys;help'= {
            cand list 'List keys, following every page'
            cand get 'Show one key'
            cand create 'Create a key and show its secret once'
            cand update 'Change a key''s name, limit, reset period, state or workspace'
            cand delete 'Delete keys (asks first on a terminal)'
            cand enable 'Enable keys'
            cand disable 'Disable keys (they stop working until enabled again)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;keys;help;list'= {
        }
        &'orkeys;keys;help;get'= {
        }
        &'orkeys;keys;help;create'= {
        }
        &'orkeys;keys;help;update'= {
        }
        &'orkeys;keys;help;delete'= {
        }
        &'orkeys;keys;help;enable'= {
        }
        &'orkeys;keys;help;disable'= {
        }
        &'orkeys;keys;help;help'= {
        }
        &'orkeys;list'= {
            cand --workspace-id 'Only keys in this workspace (default: the default workspace)'
            cand --offset 'Skip this many keys before the first one listed'
            cand --limit 'Stop after N keys, fetching only the pages needed'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-disabled 'Include disabled keys'
            cand --include-expired 'Include expired keys'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;ls'= {
            cand --workspace-id 'Only keys in this workspace (default: the default workspace)'
            cand --offset 'Skip this many keys before the first one listed'
            cand --limit 'Stop after N keys, fetching only the pages needed'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-disabled 'Include disabled keys'
            cand --include-expired 'Include expired keys'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;get'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;create'= {
            cand --name 'Name of the new key'
            cand --limit 'Spending limit in US dollars'
            cand --limit-reset 'Reset the limit every day, week or month (midnight UTC; weeks start on Monday)'
            cand --expires-at 'Expire at this UTC time, with seconds (e.g. 2027-12-31T23:59:59Z)'
            cand --expires-in 'Expire after this long (e.g. 30d, 12h, 2w, 1y)'
            cand --workspace-id 'Create the key in this workspace (default: the default workspace)'
            cand --creator-user-id 'Record this organization member as the key''s creator'
            cand --external-user 'Tie the key to a user of your own platform'
            cand --external-api-key-file 'Read that user''s own API key (32+ characters) from this file'
            cand --key-file 'Write the secret to a new file with mode 0600 instead of printing it'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --include-byok-in-limit 'Count usage on your own provider keys (BYOK) against the limit'
            cand --key-only 'Print only the secret and a newline (for KEY=$(orkeys create ... --key-only))'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;update'= {
            cand --name 'New name'
            cand --limit 'New spending limit in US dollars'
            cand --limit-reset 'New reset period; `none` makes the limit a lifetime limit'
            cand --include-byok-in-limit 'Whether usage on your own provider keys (BYOK) counts against the limit'
            cand --workspace-id 'Move the key to this workspace'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --disable 'Disable the key'
            cand --enable 'Enable the key'
            cand --no-limit 'Remove the spending limit'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'orkeys;delete'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand -y 'Delete without asking (required when no terminal is attached)'
            cand --yes 'Delete without asking (required when no terminal is attached)'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;rm'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand -y 'Delete without asking (required when no terminal is attached)'
            cand --yes 'Delete without asking (required when no terminal is attached)'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;enable'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;disable'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;current'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;whoami'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;sandbox'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
            cand serve 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
            cand reset 'Start the sandbox over, with fresh example keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;sandbox;serve'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --bind 'Address to listen on'
            cand --state 'State file (default: the same one `--sandbox` uses, in the user''s data directory)'
            cand --seed 'Seed for the example keys of a new state file and for created keys'' secrets, for reproducible runs (default: the usual example keys, random secrets)'
            cand --keys 'Fill a new state file with N generated keys instead of the six examples (refused when the file exists: use `orkeys sandbox reset --keys N` or a new --state)'
            cand --latency 'Delay every answer by this many milliseconds'
            cand --page-size 'Keys per page of GET /keys'
            cand --faults 'Make chosen requests fail, e.g. ''GET /keys=429x2,POST /keys=500x1,*=503@0.1'' (xN: the next N matching requests; @P: each with probability P)'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;sandbox;reset'= {
            cand --state 'State file (default: the one `--sandbox` uses)'
            cand --seed 'Seed for the example keys (default: the usual example keys)'
            cand --keys 'N generated keys instead of the six examples'
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;sandbox;help'= {
            cand serve 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
            cand reset 'Start the sandbox over, with fresh example keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;sandbox;help;serve'= {
        }
        &'orkeys;sandbox;help;reset'= {
        }
        &'orkeys;sandbox;help;help'= {
        }
        &'orkeys;completions'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;man'= {
            cand --api-key-file 'Read the management key from this file'
            cand --base-url 'API base URL'
            cand --timeout 'Seconds to wait for each response'
            cand --retries 'How many times to retry a rate-limited or failed request'
            cand --color 'When to use colour in tables'
            cand --json 'Print JSON: arrays for lists, objects otherwise, field names as the API sends them'
            cand --api-key-stdin 'Read the management key from standard input'
            cand -v 'Log each request, response and retry to standard error'
            cand --verbose 'Log each request, response and retry to standard error'
            cand --sandbox 'Run against a local sandbox instead of OpenRouter: no account, no network, no real keys'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'orkeys;help'= {
            cand keys 'Manage keys (every verb is also available at the top level)'
            cand list 'List keys, following every page'
            cand get 'Show one key'
            cand create 'Create a key and show its secret once'
            cand update 'Change a key''s name, limit, reset period, state or workspace'
            cand delete 'Delete keys (asks first on a terminal)'
            cand enable 'Enable keys'
            cand disable 'Disable keys (they stop working until enabled again)'
            cand current 'Show the key in use: its label, whether it is a management key, limit, usage and expiry'
            cand sandbox 'Run or reset the local sandbox (a stand-in for the key-management API)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orkeys;help;keys'= {
            cand list 'List keys, following every page'
            cand get 'Show one key'
            cand create 'Create a key and show its secret once'
            cand update 'Change a key''s name, limit, reset period, state or workspace'
            cand delete 'Delete keys (asks first on a terminal)'
            cand enable 'Enable keys'
            cand disable 'Disable keys (they stop working until enabled again)'
        }
        &'orkeys;help;keys;list'= {
        }
        &'orkeys;help;keys;get'= {
        }
        &'orkeys;help;keys;create'= {
        }
        &'orkeys;help;keys;update'= {
        }
        &'orkeys;help;keys;delete'= {
        }
        &'orkeys;help;keys;enable'= {
        }
        &'orkeys;help;keys;disable'= {
        }
        &'orkeys;help;list'= {
        }
        &'orkeys;help;get'= {
        }
        &'orkeys;help;create'= {
        }
        &'orkeys;help;update'= {
        }
        &'orkeys;help;delete'= {
        }
        &'orkeys;help;enable'= {
        }
        &'orkeys;help;disable'= {
        }
        &'orkeys;help;current'= {
        }
        &'orkeys;help;sandbox'= {
            cand serve 'Serve the sandbox API in the foreground for other programs (Ctrl-C stops it)'
            cand reset 'Start the sandbox over, with fresh example keys'
        }
        &'orkeys;help;sandbox;serve'= {
        }
        &'orkeys;help;sandbox;reset'= {
        }
        &'orkeys;help;completions'= {
        }
        &'orkeys;help;man'= {
        }
        &'orkeys;help;help'= {
        }
    ]
    $completions[$command]
}
