"""The pagesect Spark job as a script, for spark-submit (which takes a file, not a module):

    spark-submit --master yarn --num-executors 20 examples/spark_job.py --warc /shared/crawl/*.warc.gz \
        --out /shared/blocks.parquet

See ``python -m classifier.spark --help`` (the same options) and the README.
"""
import sys

from classifier.spark import main

if __name__ == "__main__":
    sys.exit(main())
