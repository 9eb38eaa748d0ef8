"""The --help text of the `presscut` command: what it does, examples, the output and exit
status."""

from __future__ import annotations

from presscut.cli.discover import DISCOVERY_HELP

CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}

HELP = """Turn news and blog pages into clean JSON: title, body and credit.

\b
INPUT is one of:
  URL         fetch the page (http/https; www.example.com/a is taken as https)
              and print one JSON object
  PATH        read a local HTML file, gzipped or not, no network (give its
              address with --url)
  -           read HTML from standard input (also when no INPUT is given and
              stdin is not a terminal)
  URL URL...  or -i FILE, or several files, or a directory (its .html, .htm,
              .xhtml files, recursively): batch mode, one JSON line per page
  WARC...     web archives (.warc, .warc.gz; told by their first bytes, also
              in an -i list): one JSON line per HTML response, no fetch
  SITE...     with --discover: home pages, feeds or sitemaps whose articles
              are found, then extracted as a batch (or listed with --list)
"""

EPILOG = """\b
Examples:
  presscut https://example.org/news/1
  presscut --url https://example.org/news/1 page.html
  curl -s https://example.org/news/1 | presscut --url https://example.org/news/1 -
  presscut -i urls.txt -o out.jsonl
  presscut -i urls.txt -o out.jsonl --resume --retry-failed
  cat urls.txt | presscut -i - --per-host 4 --delay 0 > out.jsonl
  presscut saved-pages/ -o out.jsonl
  presscut --discover https://example.org/ --since 1d --list
  presscut --discover -i sites.txt --since 36h -o news.jsonl --resume
  presscut --format markdown https://example.org/news/1 > article.md
  presscut -i urls.txt --format markdown --output-dir articles/
  presscut -i urls.txt --format csv -o articles.csv
  presscut -i urls.txt -o out.jsonl --warc-out crawl.warc.gz
  presscut crawl.warc.gz -o again.jsonl
  presscut -i urls.txt -o out.jsonl --cluster tcp://scheduler:8786

{discovery}

\b
URL lists: one URL a line; blank lines and lines starting with # are skipped;
the same URL (scheme/host case, default port and #fragment aside) is fetched once.

\b
Output: one JSON object per page, UTF-8, with every key always present
(null or [] when unknown):
  schema_version, url, final_url, canonical_url, status, title, kicker,
  lead, body, credit {authors, source, image}, published, language,
  site_name, section, description, image, tags, modified, word_count,
  fetched_at, error {type, message, status}, removed
error is null on success. Its types: invalid_url, blocked_address,
robots_disallowed, dns, connect, connection_lost, timeout, tls, http_status,
too_many_redirects, too_large, unsupported_content, no_article,
extract_failed, read_error, discovery_failed (extract_failed also for a page
whose extraction takes over --page-timeout or more memory than --page-memory:
each page is extracted in a process of its own, killed past either limit).
A single page prints pretty JSON on a terminal and one compact line otherwise;
a batch always writes JSON Lines, each line written whole and flushed as its
URL finishes.
--markdown writes body and lead in Markdown (headings, lists, quotes, code,
tables, links, emphasis); --format markdown prints a Markdown document per
page (a batch: one file per page in --output-dir DIR, named from its URL);
--format csv prints a header and one row per page, errors included.

\b
Fetching: only http and https, on redirects too; loopback, private and
link-local addresses are refused unless --allow-private; robots.txt is
honoured unless --ignore-robots (its Crawl-delay too, up to 10 s). A
"host" for --per-host and --delay is one origin (scheme, host, port).
--timeout is a total deadline per URL, from its first request to its last
byte, retries and redirects included (waiting for a free slot before that
does not count). Retries, with backoff and jitter and honouring
Retry-After up to 30 s, happen after connection errors, 429 and 5xx only.
Batch progress goes to stderr when it is a terminal; a one-line summary
ends every batch (not with -q).

\b
Exit status:
  0  every page yielded an article
  1  a page could not be fetched or yielded no article (its record is
     still written, with error set)
  1  also: the output could not be written (a full disk); the run stops
  2  usage error; also an existing, non-empty -o FILE without --resume or
     --overwrite, an -o FILE that is the input list, that another run holds
     (a lock), or that --resume finds unparsable lines in
  130 interrupted (Ctrl-C); records already written are kept
  143 terminated (SIGTERM); the same, with its summary
""".replace("{discovery}", DISCOVERY_HELP)
