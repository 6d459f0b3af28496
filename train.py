"""Train a block classifier on pages in labels format v1.

    python train.py --data data/pages --out models/mine [--folds 5] [--install-default]

Reads every NAME.html + NAME.labels.json under --data, reports per-label precision/recall/F1 from
cross-validation grouped by site (one site's pages never straddle folds), and writes the model directory
(text.ftz, attrs.ftz, boost.joblib, meta.json) and metrics.json. Same data and seed give the same model.
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from classifier.dataset import dataset_hash, iter_dataset, page_files
from classifier.evaluate import format_summary
from classifier.model import Classifier, TrainParams

log = logging.getLogger("train")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("data/pages"), help="folder of labelled pages")
    ap.add_argument("--out", type=Path, required=True, help="model directory to write")
    ap.add_argument("--folds", type=int, default=TrainParams.folds, help="cross-validation folds, grouped by site")
    ap.add_argument("--seed", type=int, default=TrainParams.seed,
                    help="draws the sites whose text probabilities come from a model that never saw their language "
                         "(with --text-folds mixed); the fastText models keep their own fixed seed")
    ap.add_argument("--max-iter", type=int, default=TrainParams.max_iter, help="boosting iterations")
    ap.add_argument("--learning-rate", type=float, default=TrainParams.learning_rate,
                    help="boosting shrinkage (fewer iterations want a larger rate)")
    ap.add_argument("--max-leaf-nodes", type=int, default=TrainParams.max_leaf_nodes, help="leaves per tree")
    ap.add_argument("--min-samples-leaf", type=int, default=TrainParams.min_samples_leaf,
                    help="fewest training blocks in a leaf")
    ap.add_argument("--l2", type=float, default=TrainParams.l2_regularization, help="L2 regularisation of leaves")
    ap.add_argument("--weighting", choices=("measure", "words"), default=TrainParams.weighting,
                    help="how blocks weigh in boosting")
    ap.add_argument("--text-folds", choices=("lang", "site", "mixed"), default=TrainParams.text_folds,
                    help="group the fastText out-of-fold predictions by site, by language, or mixed: by site, but "
                         "a share of the sites get text probabilities from a model that never saw their language")
    ap.add_argument("--unseen-language-share", type=float, default=TrainParams.unseen_language_share,
                    help="with --text-folds mixed: the share of sites treated as in an unseen language")
    ap.add_argument("--attr-tokens", type=int, default=TrainParams.attr_tokens,
                    help="id/class tokens per block the attribute model reads, nearest element first")
    ap.add_argument("--no-second-pass", action="store_true", help="skip the second, context-reading pass")
    ap.add_argument("--install-default", action="store_true",
                    help="also copy the model into the package as its default model (with checksums)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s")

    t0 = time.perf_counter()
    files = list(page_files(args.data))
    if not files:
        log.error("no labelled pages under %s", args.data)
        return 2
    pages = [p for p in tqdm(iter_dataset(args.data), total=len(files), desc="reading pages", disable=args.quiet)]
    log.info("read %d pages in %.1fs", len(pages), time.perf_counter() - t0)
    params = replace(TrainParams(), folds=args.folds, seed=args.seed, max_iter=args.max_iter,
                     learning_rate=args.learning_rate, max_leaf_nodes=args.max_leaf_nodes,
                     min_samples_leaf=args.min_samples_leaf, l2_regularization=args.l2, attr_tokens=args.attr_tokens,
                     second_pass=not args.no_second_pass, weighting=args.weighting,
                     text_folds=args.text_folds, unseen_language_share=args.unseen_language_share)
    bar = tqdm(desc="training", disable=args.quiet, bar_format="{desc}: {n} steps [{elapsed}] {postfix}")

    def progress(msg: str) -> None:
        bar.update()
        bar.set_postfix_str(msg)
        log.debug(msg)

    model = Classifier.fit(pages, params, data_hash=dataset_hash(args.data), progress=progress)
    bar.close()
    model.save(args.out)
    metrics = model.meta["metrics"]
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    log.info("cross-validated (grouped by site), word measure with block-level gold:\n%s",
             format_summary({"all": metrics["all"]}))
    log.info("block accuracy %.3f; first pass macro-F1 %.3f", metrics["block_accuracy"],
             metrics["pass1"].get("macro_f1", 0.0))
    log.info("timing (s): %s", model.meta["timing_seconds"])
    if args.install_default:
        from classifier.api import _CHECKSUMS, DEFAULT_MODEL_DIR

        if DEFAULT_MODEL_DIR.exists():
            shutil.rmtree(DEFAULT_MODEL_DIR)
        model.save(DEFAULT_MODEL_DIR)
        files_sums = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["files"]
        _CHECKSUMS.write_text(json.dumps(files_sums, indent=1) + "\n", encoding="utf-8")
        log.info("installed as the default model in %s", DEFAULT_MODEL_DIR)
    log.info("done in %.1fs; model in %s", time.perf_counter() - t0, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
