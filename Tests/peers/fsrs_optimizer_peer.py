"""Fit a JSON Lines review log with fsrs-rs (PyPI fsrs-rs-python) and score weights with its own evaluate.

Usage: fsrs_optimizer_peer.py LOG.jsonl [PREP_WEIGHTS_JSON]
Items are built as prep builds them: per card, one item per review made a day or more after the previous one,
holding the card's reviews up to it; elapsed_days from the log when present, else whole 24-hour periods.
Prints JSON with the reference fit and log loss / RMSE (bins) of the defaults, the reference and prep's weights.
"""
import json
import sys
import time
from datetime import datetime

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def build_items(path):
    by_card = {}
    for number, line in enumerate(open(path), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        by_card.setdefault(str(row["card_id"]), []).append((parse_time(row["review_time"]), number, row))
    items = []
    for card, reviews in by_card.items():
        reviews.sort(key=lambda r: (r[0], r[1]))
        history = []
        for position, (when, _, row) in enumerate(reviews):
            if position == 0:
                elapsed = 0
            elif row.get("elapsed_days") is not None:
                elapsed = int(row["elapsed_days"])
            else:
                elapsed = max(0, int((when - reviews[position - 1][0]).total_seconds() // 86400))
            history.append(FSRSReview(int(row["rating"]), elapsed))
            if position > 0 and elapsed > 0:
                items.append((when, card, position, FSRSItem(list(history))))
    card_numbers = {card: n for n, card in enumerate(sorted(by_card))}
    items.sort(key=lambda i: (i[0], card_numbers[i[1]], i[2]))
    return [i[3] for i in items], [card_numbers[i[1]] for i in items]


def score(weights, items):
    evaluation = FSRS(list(weights)).evaluate(items)
    return {"log_loss": evaluation.log_loss, "rmse_bins": evaluation.rmse_bins}


def main():
    items, card_ids = build_items(sys.argv[1])
    started = time.perf_counter()
    reference = FSRS([]).compute_parameters(items, card_ids=card_ids)
    seconds = time.perf_counter() - started
    result = {
        "items": len(items),
        "reference_parameters": reference,
        "reference_seconds": seconds,
        "defaults": score(DEFAULT_PARAMETERS, items),
        "reference": score(reference, items),
    }
    if len(sys.argv) > 2:
        prep = json.load(open(sys.argv[2]))["parameters"]
        result["prep"] = score(prep, items)
        gap = result["defaults"]["log_loss"] - result["reference"]["log_loss"]
        closed = result["defaults"]["log_loss"] - result["prep"]["log_loss"]
        result["gap_closed"] = closed / gap if gap > 0 else None
        result["rmse_ratio"] = result["prep"]["rmse_bins"] / result["reference"]["rmse_bins"]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
