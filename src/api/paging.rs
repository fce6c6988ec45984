//! Every listing goes through here: pages fetched with up to N requests in flight, stitched
//! back into the order a sequential listing gives, de-duplicated by hash, and ended without
//! assuming a page size.
//!
//! The API documents no page size (today 100 for keys, 50 on newer list endpoints), no total
//! and no "more" flag. The end of a listing is an empty page, or a page shorter than the
//! longest page seen. Offsets shift when keys are created or deleted mid-listing, so a key
//! can show up twice: the first sighting wins. Pages are consumed strictly in offset order
//! from the frontier (the first offset not yet covered), which is exactly what a sequential
//! listing does; requests ahead of the frontier are only a head start. They go one page
//! apart once the page size is known (two full pages of the same length, or a first page of
//! the usual 100). The first round also probes one key in: on an account smaller than a page
//! it comes back as exactly the first page less its first key, which proves the end, so a
//! small account is read in one round trip of three requests. A full page of keys already
//! seen (keys created at the head) does not end a listing; one that stops advancing fails.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::mpsc;

use super::client::{Client, Page};
use super::types::{Key, ListQuery};
use crate::error::{Error, Result};

/// Where the one request ahead of the frontier goes before any page has arrived: the page
/// size the key listing has used so far. A wrong guess costs a request, never correctness;
/// a right one lets a one-page account be read in a single round trip.
const FIRST_GUESS: u64 = 100;

/// Full pages in a row that bring nothing new (keys created at the head of the listing
/// faster than it is read) before the listing fails rather than go on for ever; the same
/// page twice in a row fails it at once.
const MAX_STALE_PAGES: u32 = 8;

/// What part of a listing to read, and how many requests to keep in flight.
#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub offset: u64,
    pub limit: Option<u64>,
    pub concurrency: usize,
}

impl Paging {
    /// The whole listing.
    pub fn all(concurrency: usize) -> Self {
        Paging {
            offset: 0,
            limit: None,
            concurrency,
        }
    }
}

/// Collects a listing. `progress` hears the number of keys read so far after every page.
pub fn collect(
    client: &Client,
    query: &ListQuery,
    paging: Paging,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Key>> {
    let mut keys = Vec::new();
    for_each(client, query, paging, progress, &mut |key| {
        keys.push(key);
        Ok(())
    })?;
    Ok(keys)
}

/// Hands every key of a listing to `each`, in listing order, as soon as the pages before it
/// are in. A failure anywhere fails the whole listing: no short list passes for complete.
pub fn for_each(
    client: &Client,
    query: &ListQuery,
    paging: Paging,
    progress: &mut dyn FnMut(usize),
    each: &mut dyn FnMut(Key) -> Result<()>,
) -> Result<()> {
    run(
        &|offset| client.list_page(query, offset),
        &|| client.has_been_rate_limited(),
        paging,
        progress,
        each,
    )
}

/// The paging itself, over any source of pages (the client, or a fake one in tests).
fn run(
    fetch: &(dyn Fn(u64) -> Result<Page> + Sync),
    rate_limited: &dyn Fn() -> bool,
    paging: Paging,
    progress: &mut dyn FnMut(usize),
    each: &mut dyn FnMut(Key) -> Result<()>,
) -> Result<()> {
    let wanted = paging.limit.unwrap_or(u64::MAX);
    if wanted == 0 {
        return Ok(());
    }
    // The probe needs a third request in the first round; with fewer slots it waits.
    let probe = paging.concurrency >= 3 && wanted == u64::MAX;
    let mut stitcher = Stitcher::new(paging.offset, wanted, probe);
    let mut failure: Option<Error> = None;
    let mut one_at_a_time = paging.concurrency <= 1;
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel();
        let mut in_flight = BTreeSet::new();
        let mut requested = HashSet::new();
        loop {
            // Rate limited anywhere (even a request still waiting out its Retry-After):
            // the rest of the listing goes one request at a time.
            one_at_a_time |= rate_limited();
            if failure.is_none() && !stitcher.finished {
                let slots = if one_at_a_time { 1 } else { paging.concurrency };
                for offset in stitcher.wanted_offsets(slots, one_at_a_time) {
                    if in_flight.len() >= slots {
                        break;
                    }
                    if requested.insert(offset) {
                        in_flight.insert(offset);
                        let sender = sender.clone();
                        scope.spawn(move || {
                            let _ = sender.send((offset, fetch(offset)));
                        });
                    }
                }
            }
            // Wait for everything in flight even after a failure, so no thread outlives us.
            if in_flight.is_empty() {
                break;
            }
            let Ok((offset, result)) = receiver.recv() else {
                break;
            };
            in_flight.remove(&offset);
            if failure.is_some() || stitcher.finished {
                continue;
            }
            let received = match result {
                // A page ahead of the frontier that failed matters only if the listing
                // reaches it: past the end, its failure is no failure at all.
                Err(error) => {
                    if stitcher.probe == Some(offset) {
                        // Only a head start: asked again as a page if the listing gets there.
                        requested.remove(&offset);
                    }
                    stitcher.fail(offset, error)
                }
                Ok(page) => {
                    // Rate limited: the rest of the listing goes one request at a time, each
                    // honouring the server's Retry-After inside the client.
                    one_at_a_time |= page.rate_limited;
                    stitcher.receive(offset, page.keys, each, progress)
                }
            };
            if let Err(error) = received {
                failure = Some(error);
            }
        }
    });
    if let Some(error) = failure {
        return Err(error);
    }
    // Nothing left in flight, yet no end seen: never pass what was read off as the whole.
    if !stitcher.finished {
        return Err(Error::new(
            crate::error::Kind::Server,
            format!(
                "the listing stopped at offset {} before its end",
                stitcher.frontier
            ),
        )
        .with_hint("try again; if it persists, try --concurrency 1"));
    }
    Ok(())
}

/// Puts pages back in order and decides where the listing ends.
struct Stitcher {
    /// The first offset not yet covered by consumed pages.
    frontier: u64,
    /// Pages that arrived ahead of the frontier, by offset.
    ahead: BTreeMap<u64, Vec<Key>>,
    /// Requests ahead of the frontier that failed, by offset.
    failed: BTreeMap<u64, Error>,
    longest: u64,
    /// The page size, once two consecutive full pages agree (or the first matches the guess).
    step: Option<u64>,
    /// The length of the last page consumed.
    last: Option<u64>,
    seen: HashSet<String>,
    /// The probe's offset, until it is answered.
    probe: Option<u64>,
    /// The hashes of the probe's answer and of the first page: the probe proves the end
    /// only when it is exactly the first page less its first key (both read the same
    /// listing, nobody created a key in between).
    probe_page: Option<Vec<String>>,
    first_page: Option<Vec<String>>,
    /// The last consumed page, when it was full and brought nothing new.
    stale: Option<Vec<String>>,
    /// How many such pages came in a row.
    stale_run: u32,
    delivered: u64,
    wanted: u64,
    start: u64,
    finished: bool,
}

impl Stitcher {
    fn new(start: u64, wanted: u64, probe: bool) -> Self {
        Stitcher {
            frontier: start,
            ahead: BTreeMap::new(),
            failed: BTreeMap::new(),
            longest: 0,
            step: None,
            last: None,
            seen: HashSet::new(),
            probe: probe.then(|| start.saturating_add(1)),
            probe_page: None,
            first_page: None,
            stale: None,
            stale_run: 0,
            delivered: 0,
            wanted,
            start,
            finished: false,
        }
    }

    /// The frontier first, then offsets one page apart after it, never past what a `--limit`
    /// could need. Before any page has arrived, one guess ahead; after that, only once the
    /// page size is known.
    fn wanted_offsets(&self, slots: usize, one_at_a_time: bool) -> Vec<u64> {
        let mut offsets = vec![self.frontier];
        if one_at_a_time {
            return offsets;
        }
        if self.probe.is_some() && self.last.is_some() {
            // The first page is in and the probe, sent with it, will say whether it was all:
            // it is due about now, and a second round sent before it would be wasted on a
            // small account.
            return Vec::new();
        }
        let (step, reach) = match (self.step, self.last) {
            (Some(step), _) => (step, slots * 2),
            (None, None) => (FIRST_GUESS, 2),
            (None, Some(_)) => return offsets,
        };
        let limit_end = self.start.saturating_add(self.wanted);
        for k in 1..reach as u64 {
            let offset = self.frontier.saturating_add(k.saturating_mul(step));
            if offset >= limit_end {
                break;
            }
            offsets.push(offset);
        }
        // Before anything has arrived, a probe one key in: on an account smaller than a
        // page, it comes back one shorter than the first page, which proves the end without
        // a second round trip (a first page of 96 alone cannot tell "96 keys" from "pages
        // of 96").
        if let (None, Some(probe)) = (self.last, self.probe) {
            offsets.push(probe);
        }
        offsets
    }

    /// A request failed: the listing fails if it needed that page, now or once it gets there.
    fn fail(&mut self, offset: u64, error: Error) -> Result<()> {
        if self.probe == Some(offset) {
            // Only a head start: the listing goes on without it.
            self.probe = None;
            return Ok(());
        }
        if offset == self.frontier {
            return Err(error);
        }
        if offset > self.frontier {
            self.failed.insert(offset, error);
        }
        Ok(())
    }

    /// The probe ends the listing right after the first page: it came back as that page
    /// less its first key, so the page held every key there is.
    fn probe_proves_end(&self) -> bool {
        match (&self.first_page, &self.probe_page) {
            (Some(first), Some(probe)) => {
                self.frontier == self.start + first.len() as u64
                    && probe.len() + 1 == first.len()
                    && first[1..] == probe[..]
            }
            _ => false,
        }
    }

    fn receive(
        &mut self,
        offset: u64,
        keys: Vec<Key>,
        each: &mut dyn FnMut(Key) -> Result<()>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<()> {
        self.longest = self.longest.max(keys.len() as u64);
        if self.probe == Some(offset) {
            self.probe = None;
            self.probe_page = Some(keys.iter().map(|k| k.hash().to_string()).collect());
        }
        if offset >= self.frontier {
            self.ahead.insert(offset, keys);
        }
        // The probe may arrive after the page it overlaps.
        self.finished |= self.probe_proves_end();
        while !self.finished {
            if let Some(error) = self.failed.remove(&self.frontier) {
                return Err(error);
            }
            let Some(page) = self.ahead.remove(&self.frontier) else {
                break;
            };
            let length = page.len() as u64;
            let hashes: Vec<String> = page.iter().map(|k| k.hash().to_string()).collect();
            let mut new = 0;
            for key in page {
                if self.delivered == self.wanted {
                    break;
                }
                if self.seen.insert(key.hash().to_string()) {
                    new += 1;
                    self.delivered += 1;
                    each(key)?;
                }
            }
            progress(usize::try_from(self.delivered).unwrap_or(usize::MAX));
            let first = self.last.is_none();
            if length > 0 && (self.last == Some(length) || (first && length == FIRST_GUESS)) {
                self.step = Some(length);
            }
            self.last = Some(length);
            self.frontier += length;
            if first {
                self.first_page = Some(hashes.clone());
            }
            let short = length == 0 || length < self.longest;
            // A full page of keys already seen: keys created at the head pushed them down.
            // The listing reads on; the same page twice in a row means it is not moving
            // (a server that ignores `offset`, or keys created as fast as they are read),
            // and a short list must not pass for the whole.
            if !short && new == 0 && self.delivered < self.wanted {
                self.stale_run += 1;
                let repeated = self.stale.as_ref() == Some(&hashes);
                self.stale = Some(hashes);
                if repeated || self.stale_run >= MAX_STALE_PAGES {
                    return Err(Error::new(
                        crate::error::Kind::Server,
                        format!(
                            "the listing did not advance: {} full pages in a row up to offset {offset} brought no new keys (the server may ignore offset, or keys are being created as fast as they are listed)",
                            self.stale_run
                        ),
                    )
                    .with_hint("try again in a moment; if it persists, check --base-url"));
                }
            } else {
                self.stale = None;
                self.stale_run = 0;
            }
            self.finished = short || self.probe_proves_end() || self.delivered == self.wanted;
            // Pages that started behind the frontier are covered by the ones consumed.
            self.ahead = self.ahead.split_off(&self.frontier);
        }
        if self.finished {
            self.ahead.clear();
            self.failed.clear();
        } else if let Some(error) = self.failed.remove(&self.frontier) {
            return Err(error);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    fn key(n: usize) -> Key {
        Key::from_value(&json!({"hash": format!("{n:064x}"), "name": format!("k{n}")}))
            .unwrap_or_else(|e| unreachable!("{e}"))
    }

    /// A fake account of `size` keys served `page_size` at a time, counting requests.
    struct Account {
        size: usize,
        page_size: usize,
        requests: AtomicUsize,
    }

    impl Account {
        fn new(size: usize, page_size: usize) -> Self {
            Account {
                size,
                page_size,
                requests: AtomicUsize::new(0),
            }
        }

        fn page(&self, offset: u64) -> Result<Page> {
            self.requests.fetch_add(1, Ordering::SeqCst);
            let start = usize::try_from(offset).unwrap_or(usize::MAX).min(self.size);
            let end = (start + self.page_size).min(self.size);
            Ok(Page {
                keys: (start..end).map(key).collect(),
                rate_limited: false,
            })
        }
    }

    fn list(fetch: &(dyn Fn(u64) -> Result<Page> + Sync), paging: Paging) -> Result<Vec<String>> {
        let mut names = Vec::new();
        run(fetch, &|| false, paging, &mut |_| {}, &mut |key| {
            names.push(key.name().to_string());
            Ok(())
        })?;
        Ok(names)
    }

    #[test]
    fn every_account_size_and_page_size_lists_completely_in_order() {
        for size in [0, 1, 99, 100, 101, 250, 10_000] {
            for page_size in [2, 50, 100] {
                if size == 10_000 && page_size == 2 {
                    continue; // covered below with fewer sizes; 5,000 pages per run is slow
                }
                let expected: Vec<String> = (0..size).map(|n| format!("k{n}")).collect();
                for concurrency in [1, 4, 16] {
                    let account = Account::new(size, page_size);
                    let listed = list(&|o| account.page(o), Paging::all(concurrency))
                        .unwrap_or_else(|e| unreachable!("{e}"));
                    assert_eq!(
                        listed, expected,
                        "size {size}, page {page_size}, concurrency {concurrency}"
                    );
                }
            }
        }
        let account = Account::new(10_000, 2);
        let listed = list(&|o| account.page(o), Paging::all(4)).expect("lists");
        assert_eq!(listed.len(), 10_000);
    }

    #[test]
    fn sequential_listing_asks_for_each_page_once_and_one_past_the_end() {
        let account = Account::new(250, 100);
        list(&|o| account.page(o), Paging::all(1)).expect("lists");
        assert_eq!(account.requests.load(Ordering::SeqCst), 3);
        let account = Account::new(200, 100);
        list(&|o| account.page(o), Paging::all(1)).expect("lists");
        assert_eq!(account.requests.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn small_accounts_are_read_in_the_first_round_of_requests() {
        // Offsets 0, 100 and the probe at 1, all sent at once: nothing more is needed for
        // an account of up to one page, whatever the page size.
        for (size, page_size, expected) in [
            (0, 100, 3),
            (1, 100, 3),
            (5, 100, 3),
            (96, 100, 3),
            (99, 100, 3),
            (100, 100, 3),
            (50, 50, 3),
            (97, 96, 4),
        ] {
            // The first page arrives well before the rest of its round: the worst order.
            let account = Account::new(size, page_size);
            let fetch = |offset| {
                if offset != 0 {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                account.page(offset)
            };
            let listed = list(&fetch, Paging::all(4)).expect("lists");
            assert_eq!(listed.len(), size, "{size} keys by {page_size}");
            assert_eq!(
                account.requests.load(Ordering::SeqCst),
                expected,
                "{size} keys by {page_size}"
            );
        }
    }

    #[test]
    fn concurrent_listing_never_has_more_than_n_in_flight() {
        let active = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let account = Account::new(3_000, 100);
        let fetch = |offset| {
            let now = active.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_millis(2));
            let page = account.page(offset);
            active.fetch_sub(1, Ordering::SeqCst);
            page
        };
        let listed = list(&fetch, Paging::all(4)).expect("lists");
        assert_eq!(listed.len(), 3_000);
        assert!(peak.load(Ordering::SeqCst) <= 4);
        assert!(peak.load(Ordering::SeqCst) >= 2, "requests overlapped");
    }

    #[test]
    fn a_limit_fetches_only_what_it_needs() {
        let account = Account::new(10_000, 100);
        let listed = list(
            &|o| account.page(o),
            Paging {
                offset: 0,
                limit: Some(100),
                concurrency: 4,
            },
        )
        .expect("lists");
        assert_eq!(listed.len(), 100);
        assert_eq!(account.requests.load(Ordering::SeqCst), 1);
        let account = Account::new(1_000, 100);
        let listed = list(
            &|o| account.page(o),
            Paging {
                offset: 150,
                limit: Some(20),
                concurrency: 4,
            },
        )
        .expect("lists");
        assert_eq!(listed.first().map(String::as_str), Some("k150"));
        assert_eq!(listed.len(), 20);
    }

    #[test]
    fn keys_shifted_across_a_page_boundary_appear_once() {
        // A key was created mid-listing: everything after the first page moved down by one.
        let fetch = |offset: u64| -> Result<Page> {
            let shifted = if offset == 0 { 0 } else { 1 };
            let start = usize::try_from(offset).unwrap_or(0).saturating_sub(shifted);
            let end = (start + 100).min(250);
            Ok(Page {
                keys: (start..end).map(key).collect(),
                rate_limited: false,
            })
        };
        for concurrency in [1, 4] {
            let listed = list(&fetch, Paging::all(concurrency)).expect("lists");
            let expected: Vec<String> = (0..250).map(|n| format!("k{n}")).collect();
            assert_eq!(listed, expected, "concurrency {concurrency}");
        }
    }

    #[test]
    fn a_server_that_ignores_offset_fails_the_listing() {
        let fetch = |_: u64| -> Result<Page> {
            Ok(Page {
                keys: (0..100).map(key).collect(),
                rate_limited: false,
            })
        };
        for concurrency in [1, 4] {
            let error = list(&fetch, Paging::all(concurrency))
                .map(|_| ())
                .expect_err("a listing that does not move is no listing");
            assert!(
                error.message.contains("did not advance"),
                "{}",
                error.message
            );
        }
    }

    #[test]
    fn a_failed_probe_is_asked_again_when_the_listing_reaches_it() {
        // Pages of one key: the probe's offset is a page the listing needs.
        let account = Account::new(5, 1);
        let probe_failed = std::sync::atomic::AtomicBool::new(false);
        let fetch = |offset: u64| {
            if offset == 1 && !probe_failed.swap(true, Ordering::SeqCst) {
                return Err(Error::new(crate::error::Kind::Server, "HTTP 500"));
            }
            account.page(offset)
        };
        let listed = list(&fetch, Paging::all(4)).expect("lists");
        assert_eq!(listed, ["k0", "k1", "k2", "k3", "k4"]);
        // Failing again, it fails the listing.
        let fetch = |offset: u64| {
            if offset == 1 {
                return Err(Error::new(crate::error::Kind::Server, "HTTP 500"));
            }
            account.page(offset)
        };
        let error = list(&fetch, Paging::all(4))
            .map(|_| ())
            .expect_err("a page the listing needs failed");
        assert_eq!(error.message, "HTTP 500");
    }

    #[test]
    fn a_probe_read_before_keys_were_created_proves_nothing() {
        // The probe sees the account of 6 keys (pages of 6) before two keys are created at
        // its head; the first page, read after, is full. All 8 keys must be listed.
        let before: Vec<usize> = (0..6).collect();
        let after: Vec<usize> = [100, 101].into_iter().chain(0..6).collect();
        let fetch = |offset: u64| -> Result<Page> {
            let account = if offset == 1 { &before } else { &after };
            let start = usize::try_from(offset)
                .unwrap_or(usize::MAX)
                .min(account.len());
            let end = (start + 6).min(account.len());
            Ok(Page {
                keys: account[start..end].iter().map(|&n| key(n)).collect(),
                rate_limited: false,
            })
        };
        let listed = list(&fetch, Paging::all(4)).expect("lists");
        assert_eq!(listed.len(), 8, "{listed:?}");
    }

    #[test]
    fn keys_created_at_the_head_during_a_listing_do_not_end_it_early() {
        // After the first page, one page's worth of keys is created at the head: the second
        // page holds only keys already seen, and the listing must read on.
        for concurrency in [1, 4] {
            let calls = AtomicUsize::new(0);
            let fetch = |offset: u64| -> Result<Page> {
                let shifted = if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                    0
                } else {
                    5
                };
                let account: Vec<usize> = (1000..1000 + shifted).chain(0..20).collect();
                let start = usize::try_from(offset)
                    .unwrap_or(usize::MAX)
                    .min(account.len());
                let end = (start + 5).min(account.len());
                Ok(Page {
                    keys: account[start..end].iter().map(|&n| key(n)).collect(),
                    rate_limited: false,
                })
            };
            let listed = list(&fetch, Paging::all(concurrency)).expect("lists");
            for n in 0..20 {
                assert!(
                    listed.contains(&format!("k{n}")),
                    "k{n} missing at concurrency {concurrency}: {listed:?}"
                );
            }
        }
    }

    #[test]
    fn a_listing_that_never_advances_fails() {
        let calls = AtomicUsize::new(0);
        // Every request finds a new page of keys created at the head.
        let fetch = |_: u64| -> Result<Page> {
            let n = calls.fetch_add(1, Ordering::SeqCst);
            Ok(Page {
                keys: if n == 0 {
                    (0..5).map(key).collect()
                } else {
                    (0..5).map(|k| key(k + 5 * (n % 2))).collect()
                },
                rate_limited: false,
            })
        };
        let error = list(&fetch, Paging::all(1)).map(|_| ()).expect_err("fails");
        assert!(
            error.message.contains("did not advance"),
            "{}",
            error.message
        );
    }

    #[test]
    fn a_failure_mid_listing_fails_the_whole_listing() {
        let account = Account::new(1_000, 100);
        let fetch = |offset| {
            if offset == 500 {
                Err(Error::new(crate::error::Kind::Server, "HTTP 500"))
            } else {
                account.page(offset)
            }
        };
        for concurrency in [1, 4] {
            let mut delivered = 0;
            let result = run(
                &fetch,
                &|| false,
                Paging::all(concurrency),
                &mut |_| {},
                &mut |_| {
                    delivered += 1;
                    Ok(())
                },
            );
            assert_eq!(
                result.map_err(|e| e.message).err().as_deref(),
                Some("HTTP 500")
            );
            assert!(delivered <= 500);
        }
    }

    #[test]
    fn a_failed_request_past_the_end_is_no_failure() {
        let account = Account::new(30, 100);
        let fetch = |offset| {
            if offset >= 100 {
                Err(Error::new(crate::error::Kind::NotFound, "no such page"))
            } else {
                account.page(offset)
            }
        };
        assert_eq!(list(&fetch, Paging::all(4)).map(|l| l.len()).ok(), Some(30));
    }

    #[test]
    fn after_a_rate_limit_the_rest_goes_one_at_a_time() {
        let active = AtomicUsize::new(0);
        let peak_after = AtomicUsize::new(0);
        let limited = Mutex::new(false);
        let account = Account::new(2_000, 100);
        let fetch = |offset| {
            let now = active.fetch_add(1, Ordering::SeqCst) + 1;
            let was_limited = *limited.lock().unwrap_or_else(|e| e.into_inner());
            if was_limited && offset > 900 {
                peak_after.fetch_max(now, Ordering::SeqCst);
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
            let mut page = account.page(offset);
            if offset == 300 {
                *limited.lock().unwrap_or_else(|e| e.into_inner()) = true;
                if let Ok(page) = &mut page {
                    page.rate_limited = true;
                }
            }
            active.fetch_sub(1, Ordering::SeqCst);
            page
        };
        let listed = list(&fetch, Paging::all(4)).expect("lists");
        assert_eq!(listed.len(), 2_000);
        assert_eq!(peak_after.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn no_request_starts_while_a_rate_limited_one_waits_to_be_retried() {
        // The request for offset 500 is answered 429 and waits out its Retry-After inside
        // the client; the listing hears of the 429 at once and starts nothing new meanwhile.
        let account = Account::new(2_000, 100);
        let limited = std::sync::atomic::AtomicBool::new(false);
        let waiting = std::sync::atomic::AtomicBool::new(false);
        let started_while_waiting = AtomicUsize::new(0);
        // Set once the listing has taken in an answer after the 429: requests sent in the
        // same round as offset 500 were on their way before that.
        let heard = std::sync::atomic::AtomicBool::new(false);
        let fetch = |offset| {
            if heard.load(Ordering::SeqCst) && waiting.load(Ordering::SeqCst) {
                started_while_waiting.fetch_add(1, Ordering::SeqCst);
            }
            if offset == 500 {
                limited.store(true, Ordering::SeqCst);
                waiting.store(true, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(100));
                waiting.store(false, Ordering::SeqCst);
            } else {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            account.page(offset)
        };
        let mut count = 0;
        run(
            &fetch,
            &|| limited.load(Ordering::SeqCst),
            Paging::all(4),
            // Called in the listing's own thread after each answer: from then on it knows.
            &mut |_| {
                heard.fetch_or(limited.load(Ordering::SeqCst), Ordering::SeqCst);
            },
            &mut |_| {
                count += 1;
                Ok(())
            },
        )
        .expect("lists");
        assert_eq!(count, 2_000);
        assert_eq!(started_while_waiting.load(Ordering::SeqCst), 0);
    }
}
