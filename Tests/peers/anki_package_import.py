"""Builds Anki packages with Anki's own library (PyPI `anki`) and checks what `prep import` makes of them.

Run by anki_package_import.sh inside a throw-away virtual environment; see that script for usage.
With --fixtures DIR it also writes the small packages the Swift tests read (only this script's own words).
Exits non-zero after printing every failed check.
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import time

from anki.collection import Collection, ExportAnkiPackageOptions

PREP, WORK = sys.argv[1], sys.argv[2]
FIXTURES = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--fixtures" else None
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


# 1. A collection with FSRS on, two decks, basic, reversed and cloze notes, and one media file.
col = Collection(os.path.join(WORK, "peer.anki2"))
col.set_config("fsrs", True)
# The collection begins 60 days ago (04:00 UTC, Anki's day start here), before the history below: Anki
# counts the days of reviews made before its collection existed as day 0.
col.db.execute("update col set crt = ?", (int(time.time() // 86400) - 60) * 86400 + 4 * 3600)
col.close()
col = Collection(os.path.join(WORK, "peer.anki2"))
verbs = col.decks.id("Peer Words::Verbs")
clozes = col.decks.id("Peer Cloze")
basic = col.models.by_name("Basic")
reversed_type = col.models.by_name("Basic (and reversed card)")
cloze_type = col.models.by_name("Cloze")
col.media.write_data("peer-sketch.txt", b"a sketch of a queue")
words = ["queue", "stack", "heap", "trie", "graph", "tree", "list", "set", "map", "deque", "ring", "bloom"]
for index, word in enumerate(words):
    note = col.new_note(basic)
    note["Front"] = f"Which structure is called a {word}? (peer note {index})"
    note["Back"] = f"The {word}, as the peer script describes it" + (' <img src="peer-sketch.txt">' if index == 0 else "")
    note.tags = ["peer", "structures"]
    col.add_note(note, verbs)
for index in range(3):
    note = col.new_note(reversed_type)
    note["Front"] = f"peer term {index}"
    note["Back"] = f"peer meaning {index}"
    col.add_note(note, verbs)
for index in range(4):
    note = col.new_note(cloze_type)
    note["Text"] = f"A {{{{c1::binary heap}}}} keeps its {{{{c2::smallest key}}}} on top (peer cloze {index})"
    col.add_note(note, clozes)

# 2. A review history over the last three weeks, written as Anki's scheduler writes its revlog, at 10:00 UTC
#    on whole days (prep counts elapsed time in 24-hour spans, Anki in day boundaries; at the same hour of day
#    both count alike). Card states are then set as the last entries leave them.
rng = random.Random(23)
now = time.time()
today = col.sched.today
crt = col.db.scalar("select crt from col")
yesterday_ten = (int(now // 86400) - 1) * 86400 + 10 * 3600
cards = sorted(col.db.list("select id from cards"))
rows = []
plans = {}
for position, cid in enumerate(cards):
    role = ["new", "review", "review", "learning", "relearning", "review", "suspended", "buried", "review", "new"][position % 10]
    if role == "new":
        continue
    start = yesterday_ten - rng.randint(8, 20) * 86400
    moment = start
    entries = [(moment, 3 if role != "learning" else 1, 0)]
    if role == "learning":
        plans[cid] = (role, moment)
    else:
        moment += 600
        entries.append((moment, 3, 0))
        # A card to end in relearning stops a day earlier, leaving room for its lapse.
        while moment + (5 if role == "relearning" else 3) * 86400 < yesterday_ten:
            moment += rng.randint(1, 4) * 86400
            entries.append((moment, rng.choices([1, 2, 3, 4], weights=[1, 1, 5, 1])[0], 1))
            if entries[-1][1] == 1:
                moment += 600
                entries.append((moment, 3, 2))
        if role == "relearning":
            # A lapse on the last day, at the time of day of the card's earlier reviews.
            moment += (yesterday_ten + 600 - moment) // 86400 * 86400
            entries.append((moment, 1, 1))
        plans[cid] = (role, moment)
    for at, ease, kind in entries:
        # The revlog id is the review's millisecond and must be unique: cards reviewed at one moment are set
        # apart by their position, the same for all of a card's reviews, so its intervals stay whole days
        # (prep floors 24-hour spans, and a span a millisecond short would count a day less).
        rows.append((int(at * 1000) + position, cid, ease, kind))
# Entries that are not grades: a set-due-date (manual, ease 0) and a cram review that did not reschedule.
extra_manual = (yesterday_ten - 2 * 86400) * 1000 + 500
extra_cram = (yesterday_ten - 86400) * 1000 + 900
review_cards = [cid for cid, (role, _) in plans.items() if role == "review"]
for row_id, cid, ease, kind in rows:
    col.db.execute(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?, ?, -1, ?, ?, 0, ?, ?, ?)",
        row_id, cid, ease, 1 if kind == 1 else -600, 0 if kind == 0 else 2500, rng.randint(1500, 9000), kind)
col.db.execute("insert into revlog values (?, ?, -1, 0, 5, 3, 2500, 0, 4)", extra_manual, review_cards[0])
col.db.execute("insert into revlog values (?, ?, -1, 3, 0, 0, 0, 4000, 3)", extra_cram, review_cards[1])
for cid, (role, last) in plans.items():
    reps = col.db.scalar("select count() from revlog where cid = ? and ease > 0 and type < 3", cid)
    lapses = col.db.scalar("select count() from revlog where cid = ? and ease = 1 and type = 1", cid)
    if role == "learning":
        col.db.execute("update cards set type = 1, queue = 1, due = ?, left = 2, reps = ? where id = ?", int(last) + 60, reps, cid)
    elif role == "relearning":
        col.db.execute(
            "update cards set type = 3, queue = 1, due = ?, ivl = 2, factor = 2500, left = 1, reps = ?, lapses = ? where id = ?",
            int(last) + 600, reps, lapses, cid)
    else:
        queue = {"suspended": -1, "buried": -3}.get(role, 2)
        due = today + rng.randint(-2, 12)
        col.db.execute(
            "update cards set type = 2, queue = ?, due = ?, ivl = ?, factor = 2500, reps = ?, lapses = ? where id = ?",
            queue, due, rng.randint(2, 9), reps, lapses, cid)
# Anki's own FSRS memory state from that history, kept in cards.data as Anki keeps it.
anki_memory = {}
for cid in plans:
    state = col.compute_memory_state(cid)
    if state.stability is not None:
        anki_memory[cid] = (state.stability, state.difficulty)
        card = col.get_card(cid)
        from anki.cards import FSRSMemoryState
        card.memory_state = FSRSMemoryState(stability=state.stability, difficulty=state.difficulty)
        col.update_card(card)

truth_cards = col.db.all("select c.id, n.guid, c.ord, c.type, c.queue, c.due, c.left, c.reps, c.lapses from cards c join notes n on n.id = c.nid")
truth_revlog = col.db.all("select id, cid, ease, type, factor, time from revlog order by id")
print(f"collection: {len(truth_cards)} cards, {len(truth_revlog)} revlog rows, crt {crt}, today {today}")

packages = {}
for name, legacy in (("current.apkg", False), ("legacy.apkg", True)):
    path = os.path.join(WORK, name)
    col.export_anki_package(
        out_path=path,
        options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy),
        limit=None)
    packages[name] = path
colpkg = os.path.join(WORK, "collection.colpkg")
col.export_collection_package(colpkg, include_media=True, legacy=False)
packages["collection.colpkg"] = colpkg
if FIXTURES:
    # Two packages for the Swift tests, re-zipped with deflate so they stay small, without the placeholder
    # `collection.anki2` Anki adds beside the real collection (its only note is Anki's "please update" text);
    # the other entries are Anki's bytes.
    import zipfile
    os.makedirs(FIXTURES, exist_ok=True)
    for name in ("current.apkg", "legacy.apkg"):
        with zipfile.ZipFile(packages[name]) as source, zipfile.ZipFile(
                os.path.join(FIXTURES, "peer-" + name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for info in source.infolist():
                if info.filename == "collection.anki2":
                    continue
                target.writestr(info.filename, source.read(info.filename))
    with open(os.path.join(FIXTURES, "peer-expected.json"), "w") as out:
        json.dump({"crt": crt, "cards": len(truth_cards), "revlog": len(truth_revlog),
                   "grades": sum(1 for r in truth_revlog if r[2] > 0 and r[3] < 4 and not (r[3] == 3 and r[4] == 0)),
                   "memory": {str(cid): list(sd) for cid, sd in anki_memory.items()}}, out, indent=1, sort_keys=True)

# 3. Each package into a fresh prep database, twice.
grades = [r for r in truth_revlog if r[2] > 0 and r[3] < 4 and not (r[3] == 3 and r[4] == 0)]
worst = 0.0
for name, path in packages.items():
    db = os.path.join(WORK, name + ".sqlite")
    env = dict(os.environ, PREP_DB=db, PREP_CONTENT=os.path.join(WORK, "no-content"), NO_COLOR="1", TZ="UTC")
    before = open(path, "rb").read()
    first = subprocess.run([PREP, "import", "--lang", "en", "--json", path], env=env, capture_output=True, text=True)
    if not check(first.returncode == 0, f"{name}: import failed: {first.stderr}"):
        continue
    report = json.loads(first.stdout)[0]
    second = json.loads(subprocess.run([PREP, "import", "--json", path], env=env, capture_output=True, text=True).stdout)[0]
    check(open(path, "rb").read() == before, f"{name}: the package was modified")
    check(report["cards"] == len(truth_cards), f"{name}: {report['cards']} cards, Anki has {len(truth_cards)}")
    check(report["reviewsAdded"] == len(grades), f"{name}: {report['reviewsAdded']} reviews, Anki has {len(grades)} grades")
    check(report["notGrades"] == len(truth_revlog) - len(grades), f"{name}: {report['notGrades']} entries not grades")
    check(report["mediaSkipped"] == ["peer-sketch.txt"], f"{name}: media listed {report['mediaSkipped']}")
    check(second["reviewsAdded"] == 0 and second["reviewsAlreadyHere"] == len(grades), f"{name}: second import {second}")
    store = sqlite3.connect(db)
    reviews = {r[0]: r for r in store.execute("select id, card_key, rating, reviewed_at, duration_ms from review_log")}
    check(len(reviews) == len(grades), f"{name}: {len(reviews)} reviews stored after two imports")
    key_of = {}
    for row_id, cid, ease, kind, factor, ms in grades:
        stored = reviews.get(f"anki-{row_id}-{cid}")
        if not check(stored is not None, f"{name}: revlog {row_id} missing"):
            continue
        key_of[cid] = stored[1]
        check(stored[2] == ease, f"{name}: revlog {row_id} grade {stored[2]} != {ease}")
        check(abs(stored[3] * 1000 - row_id) < 0.5, f"{name}: revlog {row_id} time {stored[3]}")
        check(stored[4] == ms, f"{name}: revlog {row_id} duration {stored[4]} != {ms}")
    states = {r[0]: r for r in store.execute(
        "select key, state, due, suspended, buried_until, stability, difficulty, reps, lapses from card_state")}
    matched = 0
    for cid, guid, ord_, ctype, queue, due, left, reps, lapses in truth_cards:
        key = key_of.get(cid)
        if key is None:
            continue
        state = states.get(key)
        if not check(state is not None, f"{name}: no state for {key}"):
            continue
        check(state[1] == ctype, f"{name}: {key} state {state[1]} != Anki type {ctype}")
        expected_due = due if queue == 1 else crt + due * 86400
        check(abs(state[2] - expected_due) < 1, f"{name}: {key} due {state[2]} != {expected_due}")
        check(bool(state[3]) == (queue == -1), f"{name}: {key} suspended {state[3]} (queue {queue})")
        check((state[4] is not None) == (queue in (-2, -3)), f"{name}: {key} buried {state[4]} (queue {queue})")
        check((state[7], state[8]) == (reps, lapses), f"{name}: {key} reps/lapses {state[7:9]} != {(reps, lapses)}")
        if cid in anki_memory:
            s, d = anki_memory[cid]
            for ours, theirs, label in ((state[5], s, "S"), (state[6], d, "D")):
                difference = abs(ours - theirs) / abs(theirs)
                worst = max(worst, difference)
                check(difference < 1e-5, f"{name}: {key} {label} {ours} vs Anki {theirs}")
        matched += 1
    print(f"{name}: {report['cards']} cards, {len(reviews)} reviews; {matched} studied cards compared")
    store.close()

print(f"largest relative S/D difference from Anki's FSRS: {worst:.2e}")
if failures:
    print(f"FAIL: {len(failures)} problems")
    for message in failures[:40]:
        print("  " + message)
    sys.exit(1)
print("ok")
