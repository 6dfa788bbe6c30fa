eval --verbose --gold extract.gold.jsonl
