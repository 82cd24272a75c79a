"""Imports prep's Anki exports with Anki's own library (PyPI `anki`) and checks what arrives.

Run by anki_roundtrip.sh inside a throw-away virtual environment; see that script for usage.
Exits non-zero on the first failed check group, after printing every failure found in it.
"""
import html
import json
import math
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

import anki.lang
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportCsvRequest
from anki.utils import field_checksum, strip_html_media

PREP, CONTENT, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, PREP_DB=os.path.join(WORK, "prep.sqlite"), PREP_CONTENT=CONTENT, NO_COLOR="1")
failures = []


def prep(*args):
    result = subprocess.run([PREP, *args], env=ENV, cwd=WORK, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"prep {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def finish(group):
    if failures:
        print(f"FAIL {group}: {len(failures)} problems")
        for message in failures[:20]:
            print("  " + message)
        sys.exit(1)
    print(f"ok   {group}")


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + ".%03dZ" % int(round(seconds % 1 * 1000) % 1000)


# 1. A prep database with a history: reviews over the last 40 days, restored through `prep restore` so
#    prep's own scheduler computes every state. Ratings are random but seeded; some cards end the day in
#    learning or relearning, one is suspended.
prep("import", CONTENT)
progress = json.loads(prep("export"))
keys = sorted(card["key"] for card in progress["cards"])
rng = random.Random(16)
now = time.time()
# Reviews start at 10:00 UTC and later ones follow after whole days: prep (like py-fsrs) counts elapsed days
# as whole 24-hour spans, Anki as day boundaries passed (at 04:00 local time, here UTC), and this way
# both count alike. Reviews at other hours can differ by a day, and then so does the stability.
shared_start = (math.floor(now / 86400) - 30) * 86400 + 10 * 3600
reviews = []
for index, key in enumerate(rng.sample(keys, 60)):
    # The first two cards start in the same millisecond: their revlog ids must still differ.
    moment = shared_start if index < 2 else shared_start + rng.randint(-10, 25) * 86400
    for step in range(rng.randint(2, 7)):
        if moment > now - 60:
            break
        rating = rng.choices([1, 2, 3, 4], weights=[2, 1, 6, 1])[0]
        reviews.append({"id": f"peer-{index}-{step}", "card_key": key, "rating": rating,
                        "reviewed_at": iso(moment), "duration_ms": rng.randint(1500, 20000), "mode": "review"})
        moment += 600 if step == 0 else rng.choice([600, 3600, 86400 * rng.randint(1, 9)])
# `prep restore` replays a card's log only when the database already has some of it, so the first review
# of every card goes in first.
firsts = {}
for review in reviews:
    firsts.setdefault(review["card_key"], review)
for name, part in [("first.json", list(firsts.values())), ("history.json", reviews)]:
    with open(os.path.join(WORK, name), "w") as file:
        json.dump({**progress, "reviews": part}, file)
    prep("restore", name)
database = sqlite3.connect(ENV["PREP_DB"])
suspended_key = database.execute(
    "SELECT key FROM card_state WHERE state = 2 ORDER BY key LIMIT 1").fetchone()[0]
database.execute("UPDATE card_state SET suspended = 1 WHERE key = ?", (suspended_key,))
database.commit()
states = {row[0]: row[1:] for row in database.execute(
    "SELECT key, state, stability, difficulty, due, last_review, reps, lapses, suspended FROM card_state")}
ratings = {}
for key, rating in database.execute("SELECT card_key, rating FROM review_log ORDER BY reviewed_at, id"):
    ratings.setdefault(key, []).append(rating)


def cards(lang):
    """Independent of prep's exporters: prep's own table, one card per key in `lang`."""
    rows = database.execute(
        "SELECT key, kind, topic, front, back, tags FROM card WHERE archived = 0 ORDER BY lang != ?", (lang,))
    chosen = {}
    for key, kind, topic, front, back, tags in rows:
        chosen.setdefault(key, {"kind": kind, "topic": topic, "front": front, "back": back,
                                "tags": {re.sub(r"\s", "_", t) for t in [topic, *tags.split()]}})
    return chosen


def plain(field):
    return html.unescape(field.replace("<br>", "\n"))


def cloze_sides(text):
    """Front with the deletions hidden as prep shows them, and the whole sentence."""
    pattern = re.compile(r"\{\{c1::(.*?)(?:::(.*?))?\}\}")
    return pattern.sub(lambda m: "[" + (m.group(2) or "…") + "]", text), pattern.sub(lambda m: m.group(1), text)


def new_collection(lang):
    anki.lang.set_lang(lang)
    col = Collection(os.path.join(tempfile.mkdtemp(dir=WORK), "collection.anki2"))
    col.set_config("fsrs", True)
    return col


def check_notes(col, expected, label):
    check(col.note_count() == len(expected), f"{label}: {col.note_count()} notes, expected {len(expected)}")
    by_guid = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        by_guid[note.guid] = note
    check(set(by_guid) == set(expected), f"{label}: GUIDs differ from the card keys")
    clozes = 0
    for key, card in expected.items():
        note = by_guid.get(key)
        if note is None:
            continue
        notetype = note.note_type()
        is_cloze = notetype["type"] == 1
        if card["kind"] == "cloze":
            clozes += check(is_cloze, f"{label}: {key} is not a cloze note")
            front, back = cloze_sides(plain(note.fields[0]))
        else:
            check(not is_cloze, f"{label}: {key} became a cloze note")
            front, back = plain(note.fields[0]), plain(note.fields[1])
        check(front == card["front"], f"{label}: {key} front {front!r} != {card['front']!r}")
        check(back == card["back"], f"{label}: {key} back {back!r} != {card['back']!r}")
        check(set(note.tags) == card["tags"], f"{label}: {key} tags {note.tags} != {sorted(card['tags'])}")
        deck = col.decks.name(note.cards()[0].did)
        check(deck == "prep::" + card["topic"], f"{label}: {key} deck {deck}")
        sort_field = strip_html_media(note.fields[0])
        stored = col.db.scalar("SELECT csum FROM notes WHERE id = ?", note.id)
        check(stored == field_checksum(sort_field), f"{label}: {key} duplicate checksum not Anki's")
    return by_guid, clozes


# 2. The text export, in an English and a Traditional Chinese Anki.
for anki_lang, prep_lang, export_lang in [("en", "en", "en"), ("zh_TW", "zh-Hant", "zh-TW")]:
    col = new_collection(anki_lang)
    path = os.path.join(WORK, f"cards.{export_lang}.txt")
    prep("export", "--format", "anki", "--lang", prep_lang, "--anki-lang", export_lang, "-o", path)
    metadata = col.get_csv_metadata(path, None)
    log = col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log
    expected = cards(prep_lang)
    _, clozes = check_notes(col, expected, f"text {anki_lang}")
    first = (len(log.new), len(log.updated), len(log.missing_notetype))
    log = col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log
    check(col.note_count() == len(expected), f"text {anki_lang}: re-import changed the note count")
    second = (len(log.new), len(log.updated) + len(log.duplicate))
    # An edited card comes back as an update of the same note.
    key = next(k for k, c in expected.items() if c["kind"] == "qa")
    lines = open(path, encoding="utf-8").read().split("\n")
    lines = [re.sub(r"^([^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t)", r"\1(edited) ", line) if line.startswith(key + "\t")
             else line for line in lines]
    edited = os.path.join(WORK, f"edited.{export_lang}.txt")
    open(edited, "w", encoding="utf-8").write("\n".join(lines))
    log = col.import_csv(ImportCsvRequest(path=edited, metadata=col.get_csv_metadata(edited, None))).log
    note_id = col.db.scalar("SELECT id FROM notes WHERE guid = ?", key)
    note = col.get_note(note_id) if note_id else None
    check(note is not None and note.fields[1].startswith("(edited) "),
          f"text {anki_lang}: the edited row did not update its note: {note.fields if note else None}")
    check(col.note_count() == len(expected), f"text {anki_lang}: the edited import added notes")
    finish(f"text {anki_lang}: {col.note_count()} notes ({clozes} cloze), first import new/updated/missing "
           f"notetype {first}, second import new/matched {second}, edited row updated {len(log.updated)}")
    col.close()

# 3. The package, with scheduling.
package = os.path.join(WORK, "deck.apkg")
prep("export", "--format", "apkg", "--lang", "en", "-o", package)
weights = progress["scheduler"]["parameters"]
retention = progress["scheduler"]["desired_retention"]
for anki_lang in ["en", "zh_TW"]:
    col = new_collection(anki_lang)
    options = ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options))
    expected = cards("en")
    by_guid, clozes = check_notes(col, expected, f"apkg {anki_lang}")
    today = col.sched.today
    day_start = math.floor(now / 86400) * 86400
    counts = {"new": 0, "learning": 0, "review": 0, "relearning": 0, "suspended": 0}
    worst_stored = worst_recomputed = 0.0
    revlog_rows = col.db.scalar("SELECT count(*) FROM revlog")
    for key, note in by_guid.items():
        card = note.cards()[0]
        state = states.get(key)
        if card.queue == -1:
            counts["suspended"] += 1
            check(state and state[7] == 1, f"apkg {anki_lang}: {key} suspended in Anki only")
        if state is None or state[5] == 0:
            counts["new"] += 1
            check(card.type == 0, f"apkg {anki_lang}: {key} should be new, type {card.type}")
            continue
        kind, stability, difficulty, due, last_review, reps, lapses, suspended = state
        name = {1: "learning", 2: "review", 3: "relearning"}[kind]
        counts[name] += 1
        check(card.type == kind, f"apkg {anki_lang}: {key} type {card.type}, prep state {name}")
        check(card.reps == reps and card.lapses == lapses, f"apkg {anki_lang}: {key} reps/lapses")
        if card.queue in (2, 3):
            days = math.floor((due - day_start) / 86400)
            check(card.due - today == days, f"apkg {anki_lang}: {key} due in {card.due - today} days, prep {days}")
        elif card.queue == 1:
            check(abs(card.due - due) < 1, f"apkg {anki_lang}: {key} due at {card.due}, prep {due}")
        memory = card.memory_state
        check(abs(memory.stability - round(stability, 4)) < 1e-4 and abs(memory.difficulty - round(difficulty, 3)) < 1e-3,
              f"apkg {anki_lang}: {key} stored S/D {memory.stability}/{memory.difficulty}, prep {stability}/{difficulty}")
        worst_stored = max(worst_stored, abs(memory.stability - stability) / stability,
                           abs(memory.difficulty - difficulty) / difficulty)
        computed = col.compute_memory_state(card.id)
        relative = max(abs(computed.stability - stability) / stability, abs(computed.difficulty - difficulty) / difficulty)
        worst_recomputed = max(worst_recomputed, relative)
        check(relative < 1e-5, f"apkg {anki_lang}: {key} recomputed S/D {computed.stability}/{computed.difficulty}, "
                               f"prep {stability}/{difficulty}")
        eases = [row[0] for row in col.db.all("SELECT ease FROM revlog WHERE cid = ? ORDER BY id", card.id)]
        check(eases == ratings.get(key, []), f"apkg {anki_lang}: {key} grades {eases}, prep {ratings.get(key)}")
    check(revlog_rows == len(reviews), f"apkg {anki_lang}: {revlog_rows} revlog rows, prep {len(reviews)}")
    deck = col.decks.by_name("prep::django")
    config = col.decks.config_dict_for_deck_id(deck["id"])
    check(config["name"] == "prep FSRS-6", f"apkg {anki_lang}: deck preset {config['name']}")
    check(all(abs(a - b) < 1e-6 for a, b in zip(config.get("fsrsParams6", []), weights)) and
          len(config.get("fsrsParams6", [])) == 21, f"apkg {anki_lang}: preset weights {config.get('fsrsParams6')}")
    check(abs(config["desiredRetention"] - retention) < 1e-6, f"apkg {anki_lang}: retention {config['desiredRetention']}")
    before = (col.note_count(), col.card_count(), revlog_rows)
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options)).log
    after = (col.note_count(), col.card_count(), col.db.scalar("SELECT count(*) FROM revlog"))
    check(before == after and not log.new, f"apkg {anki_lang}: importing twice changed {before} to {after}")
    finish(f"apkg {anki_lang}: {before[0]} notes ({clozes} cloze), cards {counts}, {revlog_rows} revlog rows, "
           f"worst S/D difference stored {worst_stored:.2e} (rounded by Anki), recomputed {worst_recomputed:.2e}; "
           f"second import: {len(log.duplicate)} duplicates, nothing added")
    col.close()

# 4. The package without scheduling: notes only.
bare = os.path.join(WORK, "notes.apkg")
prep("export", "--format", "apkg", "--no-scheduling", "-o", bare)
col = new_collection("en")
col.import_anki_package(ImportAnkiPackageRequest(package_path=bare, options=ImportAnkiPackageOptions(with_scheduling=True)))
check(col.note_count() == len(cards("en")), "apkg --no-scheduling: note count")
check(col.db.scalar("SELECT count(*) FROM cards WHERE type != 0") == 0, "apkg --no-scheduling: cards not new")
check(col.db.scalar("SELECT count(*) FROM revlog") == 0, "apkg --no-scheduling: revlog rows")
finish(f"apkg --no-scheduling: {col.note_count()} notes, all new, no revlog")
